import {
  AuditAction,
  normaliseInterests,
  validateStrengthMappingDraft,
  type StrengthMappingDraft,
} from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { FieldValidationException } from '../../common/validation/field-validation.exception';
import type { Account } from '../../identity/account.entity';
import type { Notification } from '../../notifications/notification.entity';
import type { StrengthMapping } from './dtos/plan.types';
import type { StrengthMappingInput } from './dtos/plan.inputs';
import { PlanAccess } from './plan-access';
import { PlanNotices } from './plan-notices';

const COLUMNS = `youth_id AS "youthId", interests, strengths, dreams, work_experience AS "workExperience",
                 adaptations, goals, updated_at AS "updatedAt"`;

/**
 * The strength-based mapping: read by whoever may read the plan, saved by the coordinator.
 *
 * The matching profile: saving copies the strengths and adaptations into the youth's matching
 * profile (youth_profile.strengths / adaptations_needed) only when the youth has a profile and has
 * consented to be proposed. The profile is the youth's own; without that consent we leave it
 * exactly as they wrote it, and we never create one for them.
 */
@Injectable()
export class StrengthMappingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
    private readonly notices: PlanNotices,
    private readonly clock: Clock,
  ) {}

  async read(actor: Account | null, youthId: string): Promise<StrengthMapping | null> {
    await this.access.read(actor, youthId);
    return this.find(youthId);
  }

  /** No access check: for callers that have checked already (the youth's own page). */
  async find(youthId: string, manager?: EntityManager): Promise<StrengthMapping | null> {
    const rows: StrengthMapping[] = await (manager ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS} FROM strength_mapping WHERE youth_id = $1`,
      [youthId],
    );
    return rows[0] ?? null;
  }

  async save(
    actor: Account | null,
    youthId: string,
    input: StrengthMappingInput,
  ): Promise<StrengthMapping> {
    const draft: StrengthMappingDraft = {
      interests: input.interests,
      strengths: [...new Set(input.strengths)],
      adaptations: [...new Set(input.adaptations)],
      dreams: input.dreams.trim(),
      workExperience: input.workExperience.trim(),
      goals: input.goals.trim(),
    };
    const errors = validateStrengthMappingDraft(draft);
    if (errors.length > 0) throw new FieldValidationException(errors);
    // Input first: a refused form says nothing about the young person, so it needs no access.
    const party = await this.access.coordinatorChange(actor, youthId, AuditAction.CHANGE_MAPPING);
    const notifications: Notification[] = [];
    const saved = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO strength_mapping (youth_id, interests, strengths, dreams, work_experience,
                                       adaptations, goals, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (youth_id) DO UPDATE SET interests = excluded.interests,
           strengths = excluded.strengths, dreams = excluded.dreams,
           work_experience = excluded.work_experience, adaptations = excluded.adaptations,
           goals = excluded.goals, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [
          youthId,
          normaliseInterests(draft.interests),
          draft.strengths,
          draft.dreams,
          draft.workExperience,
          draft.adaptations,
          draft.goals,
          this.clock.now(),
          party.account.id,
        ],
      );
      await manager.query(
        `UPDATE youth_profile SET strengths = $2, adaptations_needed = $3, updated_at = $4
          WHERE account_id = $1 AND consent_to_be_proposed`,
        [youthId, draft.strengths, draft.adaptations, this.clock.now()],
      );
      notifications.push(...(await this.notices.mappingChanged(manager, youthId)));
      return this.find(youthId, manager);
    });
    this.notices.deliver(notifications);
    if (!saved) throw new Error('strength mapping vanished after saving');
    return saved;
  }
}
