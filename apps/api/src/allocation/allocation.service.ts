import {
  ACTIVE_BOOKING_STATUSES,
  AuditAction,
  AuditOutcome,
  BookingStatus,
  CounsellorRole,
  isIsoDate,
  LIMITS,
  OpportunityKind,
  OpportunityStatus,
  Role,
} from '@akselerator/domain';
import {
  allocateCohort,
  DEFAULT_DAYS,
  DEFAULT_MAX_CHOICES,
  explainCohortAssignment,
  hashToSeed,
  lotteryFromSeed,
  recommendOpportunities,
  type CohortInstance,
} from '@akselerator/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { BookingNotices } from '../booking/booking-notices';
import { SeatGuard } from '../booking/seat-guard';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import type { Notification } from '../notifications/notification.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import {
  OPPORTUNITY_PROFILES_SQL,
  toOpportunityProfile,
  toYouthProfile,
  type OpportunityRow,
} from '../matching/profile-mapping';
import { YouthProfileRecord } from '../matching/youth-profile.entity';
import { MembershipService, type CounsellorPlace } from '../organisations/membership.service';
import { OutboxTopic } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { AllocationErrorCode, AllocationException } from './allocation.exception';
import {
  AllocationRoundStatus,
  type AllocationPreview,
  type AllocationReport,
  type AllocationRound,
  type AssignedDay,
  type PupilAllocation,
  type PupilRound,
  type RoundPupil,
  type RoundSlot,
} from './allocation.types';
import type { OpenAllocationRoundInput, RankChoicesInput } from './dtos/allocation.inputs';
import { PublishPhase, PublishProgressTracker, type PublishProgress } from './publish-progress';

const TITLE_MAX = 120;
const MAX_SLOTS_PER_ROUND = 200;
const MAX_DAYS = 5;
const DEFAULT_MIN_CHOICES = 3;
const UNIQUE_VIOLATION = '23505';
const BUSY_CODES = new Set(['55P03', '57014', '53300', '40P01']);

interface RoundRow {
  id: string;
  cohort_id: string;
  cohort_name: string;
  school_id: string;
  title: string;
  choices_deadline: string;
  days_per_pupil: number;
  min_choices: number;
  seed: string;
  status: AllocationRoundStatus;
  published_at: Date | null;
}

interface SlotRow extends RoundSlot {
  employerId: string;
}

interface Outcome {
  report: AllocationReport;
  pupils: PupilAllocation[];
}

const ROUND_SQL = `
  SELECT r.id, r.cohort_id, c.name AS cohort_name, r.school_id, r.title,
         r.choices_deadline::text AS choices_deadline, r.days_per_pupil, r.min_choices, r.seed,
         r.status, r.published_at
    FROM allocation_round r JOIN cohort c ON c.id = r.cohort_id`;

const SLOT_SQL = `
  SELECT s.id AS "slotId", o.id AS "opportunityId", o.title, e.name AS "employerName",
         e.id AS "employerId", o.trade_code AS "tradeCode", s.date::text AS date,
         to_char(s.start_time, 'HH24:MI') AS "startTime", to_char(s.end_time, 'HH24:MI') AS "endTime",
         s.capacity, s.capacity - s.seats_booked AS "seatsLeft"
    FROM slot s JOIN opportunity o ON o.id = s.opportunity_id JOIN employer e ON e.id = o.employer_id`;

const maxChoicesOf = (slotCount: number): number => Math.min(DEFAULT_MAX_CHOICES, slotCount);

const dayFormat = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
/** "tirsdag 3. mars", as in the booking notices. */
const formatDay = (isoDate: string): string => dayFormat.format(new Date(`${isoDate}T12:00:00Z`));

/**
 * Cohort allocation rounds (DESIGN.md §5, job 3): a school counsellor offers hospitering days to a
 * cohort, its pupils rank them, the counsellor previews the deferred-acceptance allocation (seeded
 * from the round id, so a preview can be replayed) and publishes it. Publishing books every day
 * through the booking seat guard, on behalf of the pupil, with the slots locked: capacity is read
 * again under the locks and the allocation re-run on it, so a seat taken since the preview moves
 * that pupil on down their ranking (or into the shortfall list) and nobody is overbooked.
 */
@Injectable()
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
    private readonly seats: SeatGuard,
    private readonly bookingNotices: BookingNotices,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly progress: PublishProgressTracker,
  ) {}

  // ── The counsellor ────────────────────────────────────────────────────────────────────────

  async listRounds(actor: Account | null): Promise<AllocationRound[]> {
    const { place } = await this.schoolCounsellor(actor);
    const rows = await this.dataSource.query<RoundRow[]>(
      `${ROUND_SQL} WHERE r.school_id = $1 ORDER BY r.created_at DESC`,
      [place.schoolId],
    );
    return Promise.all(rows.map((row) => this.roundView(this.dataSource.manager, row)));
  }

  async round(actor: Account | null, roundId: string): Promise<AllocationRound> {
    const { place } = await this.schoolCounsellor(actor, true);
    const row = await this.loadRound(this.dataSource.manager, roundId, place);
    return this.roundView(this.dataSource.manager, row);
  }

  /** Upcoming hospitering days with seats left, for choosing the round's slots. */
  async slotOptions(actor: Account | null, fromDate: string | null): Promise<RoundSlot[]> {
    await this.schoolCounsellor(actor);
    const today = this.clock.today();
    const from = fromDate && isIsoDate(fromDate) && fromDate > today ? fromDate : today;
    return this.dataSource.query<SlotRow[]>(
      `${SLOT_SQL} WHERE o.status = $1 AND o.kind = $2 AND s.date >= $3::date AND s.seats_booked < s.capacity
        ORDER BY s.date, s.start_time, o.title, s.id LIMIT $4`,
      [OpportunityStatus.PUBLISHED, OpportunityKind.HOSPITERING, from, MAX_SLOTS_PER_ROUND],
    );
  }

  async open(actor: Account | null, input: OpenAllocationRoundInput): Promise<AllocationRound> {
    const { account, place } = await this.schoolCounsellor(actor);
    if (!isUuid(input.cohortId)) throw new AllocationException(AllocationErrorCode.NOT_FOUND);
    const [cohort] = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM cohort WHERE id = $1 AND school_id = $2',
      [input.cohortId, place.schoolId],
    );
    if (!cohort) throw new AllocationException(AllocationErrorCode.NOT_FOUND);

    const title = input.title.trim();
    const invalid = (field: string, detail: string): AllocationException =>
      new AllocationException(AllocationErrorCode.INVALID_ROUND, { field, detail });
    if (title.length === 0 || title.length > TITLE_MAX) {
      throw invalid('title', `Gi runden et navn på 1–${String(TITLE_MAX)} tegn.`);
    }
    const today = this.clock.today();
    if (!isIsoDate(input.choicesDeadline) || input.choicesDeadline < today) {
      throw invalid('choicesDeadline', 'Fristen må være en dato fra i dag og framover.');
    }
    const days = input.daysPerPupil ?? DEFAULT_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      throw invalid('daysPerPupil', `Dager per elev må være 1–${String(MAX_DAYS)}.`);
    }
    const slotIds = [...new Set(input.slotIds)];
    if (slotIds.length !== input.slotIds.length) {
      throw invalid('slotIds', 'Samme dag er valgt to ganger.');
    }
    if (slotIds.length === 0 || slotIds.length > MAX_SLOTS_PER_ROUND || !slotIds.every(isUuid)) {
      throw invalid('slotIds', `Velg 1–${String(MAX_SLOTS_PER_ROUND)} hospiteringsdager.`);
    }
    const minChoices = input.minChoices ?? Math.min(DEFAULT_MIN_CHOICES, slotIds.length);
    if (
      !Number.isInteger(minChoices) ||
      minChoices < 1 ||
      minChoices > maxChoicesOf(slotIds.length)
    ) {
      throw invalid(
        'minChoices',
        `Minste antall valg må være 1–${String(maxChoicesOf(slotIds.length))}.`,
      );
    }
    const slots = await this.dataSource.query<SlotRow[]>(
      `${SLOT_SQL} WHERE s.id = ANY($1::uuid[]) AND o.status = $2 AND o.kind = $3`,
      [slotIds, OpportunityStatus.PUBLISHED, OpportunityKind.HOSPITERING],
    );
    if (slots.length !== slotIds.length) {
      throw invalid('slotIds', 'En av dagene finnes ikke lenger eller er ikke publisert.');
    }
    if (slots.some((slot) => slot.date < input.choicesDeadline)) {
      throw invalid(
        'choicesDeadline',
        'Alle hospiteringsdagene må være etter fristen for å velge.',
      );
    }
    if (new Set(slots.map((slot) => slot.date)).size < days) {
      throw invalid('slotIds', `Dagene må ligge på minst ${String(days)} ulike datoer.`);
    }

    const roundId = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO allocation_round (cohort_id, school_id, title, choices_deadline, days_per_pupil, min_choices, seed, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7) RETURNING id`,
        [
          input.cohortId,
          place.schoolId,
          title,
          input.choicesDeadline,
          days,
          minChoices,
          account.id,
        ],
      );
      const id = row?.id ?? '';
      // The lottery seed comes from the round's own id: the same round always draws the same order.
      await manager.query('UPDATE allocation_round SET seed = $2 WHERE id = $1', [
        id,
        hashToSeed('allocation-round', id),
      ]);
      await manager.query(
        `INSERT INTO allocation_round_slot (round_id, slot_id) SELECT $1, unnest($2::uuid[])`,
        [id, slotIds],
      );
      return id;
    });
    return this.round(account, roundId);
  }

  /** Runs the allocation on today's seats and choices; writes nothing but the audit records. */
  async preview(actor: Account | null, roundId: string): Promise<AllocationPreview> {
    const { account, place } = await this.schoolCounsellor(actor, true);
    const manager = this.dataSource.manager;
    const round = await this.loadRound(manager, roundId, place);
    const outcome =
      round.status === AllocationRoundStatus.PUBLISHED
        ? await this.published(manager, round)
        : await this.allocate(manager, round, await this.roundSlots(manager, round.id));
    await this.audit.recordMany(
      outcome.pupils.map((pupil) =>
        this.auditEntry(account, place, round, pupil.youthId, AuditAction.VIEW_BOOKINGS),
      ),
    );
    return {
      roundId: round.id,
      status: round.status,
      report: outcome.report,
      pupils: outcome.pupils,
      bookingsCreated: 0,
    };
  }

  /**
   * Books every assigned day, once. The round row lock makes a second publish wait and then
   * refuse (ALREADY_PUBLISHED, nothing written); the slot locks (taken in id order, like every
   * other seat change) make the capacity read here the capacity booked against.
   */
  async publish(actor: Account | null, roundId: string): Promise<AllocationPreview> {
    const { account, place } = await this.schoolCounsellor(actor, true);
    const delivered: Notification[] = [];
    // The bar disappears however the transaction ends.
    const result = await this.inTransaction(async (manager) => {
      const round = await this.loadRound(manager, roundId, place, true);
      if (round.status === AllocationRoundStatus.PUBLISHED) {
        throw new AllocationException(AllocationErrorCode.ALREADY_PUBLISHED);
      }
      this.progress.start(round.id);
      const listed = await this.roundSlots(manager, round.id);
      const locked: SlotRow[] = [];
      const today = this.clock.today();
      for (const slot of [...listed].sort((a, b) => a.slotId.localeCompare(b.slotId))) {
        const seat = await this.seats.lock(manager, slot.slotId);
        if (seat && seat.date >= today) {
          locked.push({
            ...slot,
            capacity: seat.capacity,
            seatsLeft: seat.capacity - seat.seatsBooked,
          });
        }
      }
      this.progress.update(round.id, { phase: PublishPhase.ALLOCATING });
      const outcome = await this.allocate(manager, round, locked);
      this.progress.update(round.id, {
        phase: PublishPhase.BOOKING,
        total: outcome.pupils.length,
      });
      let pupilsBooked = 0;
      const slotById = new Map(locked.map((slot) => [slot.slotId, slot]));
      const changed = new Set<string>();
      const audit: AuditEntry[] = [];
      let bookingsCreated = 0;
      for (const pupil of outcome.pupils) {
        for (const day of pupil.days) {
          const slot = slotById.get(day.slotId);
          // Cannot fail while we hold the lock; checked anyway, so a full slot is never overbooked.
          if (!slot || !(await this.seats.takeSeat(manager, day.slotId))) {
            throw new AllocationException(AllocationErrorCode.TRY_AGAIN);
          }
          const [booking] = await manager.query<{ id: string }[]>(
            `INSERT INTO booking (slot_id, youth_id, slot_date, status, booked_by)
             VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [day.slotId, pupil.youthId, slot.date, BookingStatus.REQUESTED, account.id],
          );
          day.bookingId = booking?.id ?? null;
          bookingsCreated++;
          changed.add(slot.opportunityId);
          await manager.query(
            `INSERT INTO allocation_assignment (round_id, youth_id, slot_id, rank, booking_id, reason, reason_en)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              round.id,
              pupil.youthId,
              day.slotId,
              day.rank,
              day.bookingId,
              day.reason,
              day.reasonEn,
            ],
          );
          if (day.bookingId) {
            delivered.push(...(await this.bookingNotices.requested(manager, day.bookingId)));
          }
        }
        if (pupil.shortfall) {
          await manager.query(
            `INSERT INTO allocation_shortfall (round_id, youth_id, reason, reason_en) VALUES ($1, $2, $3, $4)`,
            [round.id, pupil.youthId, pupil.shortfall, pupil.shortfallEn ?? pupil.shortfall],
          );
        }
        delivered.push(
          await this.notifications.record(
            manager,
            pupil.youthId,
            NotificationKind.ALLOCATION_PUBLISHED,
            {
              text: this.pupilNotice(round, pupil),
            },
          ),
        );
        audit.push(
          this.auditEntry(
            account,
            place,
            round,
            pupil.youthId,
            pupil.days.length > 0 ? AuditAction.BOOK_ON_BEHALF : AuditAction.VIEW_BOOKINGS,
          ),
        );
        this.progress.update(round.id, { done: ++pupilsBooked });
      }
      this.progress.update(round.id, { phase: PublishPhase.COMMITTING });
      for (const opportunityId of changed) {
        await this.outbox.record(manager, OutboxTopic.OPPORTUNITY_CHANGED, opportunityId);
      }
      await this.audit.recordMany(audit, manager);
      await manager.query(
        `UPDATE allocation_round SET status = $2, published_at = now(), published_by = $3, report = $4 WHERE id = $1`,
        [round.id, AllocationRoundStatus.PUBLISHED, account.id, JSON.stringify(outcome.report)],
      );
      return {
        roundId: round.id,
        status: AllocationRoundStatus.PUBLISHED,
        report: outcome.report,
        pupils: outcome.pupils,
        bookingsCreated,
      };
    }).finally(() => {
      this.progress.finish(roundId);
    });
    this.notifications.deliver(delivered);
    return result;
  }

  /** How far a running publish of one of the counsellor's rounds has come (IDLE when none runs). */
  async publishProgress(actor: Account | null, roundId: string): Promise<PublishProgress> {
    const { place } = await this.schoolCounsellor(actor, true);
    const round = await this.loadRound(this.dataSource.manager, roundId, place);
    return this.progress.of(round.id);
  }

  // ── The pupil ─────────────────────────────────────────────────────────────────────────────

  async myRounds(actor: Account | null): Promise<PupilRound[]> {
    const youth = this.identity.requireYouth(actor);
    const rows = await this.dataSource.query<RoundRow[]>(
      `${ROUND_SQL} JOIN cohort_pupil p ON p.cohort_id = r.cohort_id AND p.youth_id = $1
        ORDER BY r.created_at DESC`,
      [youth.id],
    );
    return Promise.all(rows.map((row) => this.pupilView(youth.id, row)));
  }

  /** Replaces the pupil's ranking; every rule is checked before anything is written. */
  async rank(actor: Account | null, input: RankChoicesInput): Promise<PupilRound> {
    const youth = this.identity.requireYouth(actor);
    const round = await this.pupilRound(youth.id, input.roundId);
    if (round.status === AllocationRoundStatus.PUBLISHED) {
      throw new AllocationException(AllocationErrorCode.ALREADY_PUBLISHED);
    }
    if (this.clock.today() > round.choices_deadline) {
      throw new AllocationException(AllocationErrorCode.CHOICES_CLOSED);
    }
    const slots = await this.roundSlots(this.dataSource.manager, round.id);
    const offered = new Set(slots.map((slot) => slot.slotId));
    const invalid = (detail: string): AllocationException =>
      new AllocationException(AllocationErrorCode.INVALID_RANKING, { field: 'slotIds', detail });
    if (new Set(input.slotIds).size !== input.slotIds.length) {
      throw invalid('Samme plass står to ganger.');
    }
    if (!input.slotIds.every((slotId) => offered.has(slotId))) {
      throw invalid('En av plassene er ikke med i denne runden.');
    }
    const max = maxChoicesOf(slots.length);
    const min = Math.min(round.min_choices, max);
    if (input.slotIds.length < min) {
      throw invalid(`Ranger minst ${String(min)} plasser.`);
    }
    if (input.slotIds.length > max) {
      throw invalid(`Du kan rangere høyst ${String(max)} plasser.`);
    }
    await this.dataSource.transaction(async (manager) => {
      // The round row lock orders a ranking against a publish: no choice changes mid-publish.
      const [locked] = await manager.query<{ status: string }[]>(
        'SELECT status FROM allocation_round WHERE id = $1 FOR SHARE',
        [round.id],
      );
      if (locked?.status !== AllocationRoundStatus.OPEN) {
        throw new AllocationException(AllocationErrorCode.ALREADY_PUBLISHED);
      }
      await manager.query('DELETE FROM allocation_choice WHERE round_id = $1 AND youth_id = $2', [
        round.id,
        youth.id,
      ]);
      await manager.query(
        `INSERT INTO allocation_choice (round_id, youth_id, slot_id, rank)
         SELECT $1, $2, slot_id, rank FROM unnest($3::uuid[]) WITH ORDINALITY AS t(slot_id, rank)`,
        [round.id, youth.id, input.slotIds],
      );
    });
    return this.pupilView(youth.id, round);
  }

  // ── Shared ────────────────────────────────────────────────────────────────────────────────

  private async schoolCounsellor(
    actor: Account | null,
    hideAsNotFound = false,
  ): Promise<{ account: Account; place: CounsellorPlace & { schoolId: string } }> {
    const account = this.identity.requireSignedIn(actor);
    const place =
      account.role === Role.COUNSELLOR ? await this.memberships.counsellorPlace(account) : null;
    if (place?.role !== CounsellorRole.SCHOOL_COUNSELLOR || !place.schoolId) {
      throw new AllocationException(
        hideAsNotFound
          ? AllocationErrorCode.NOT_FOUND
          : AllocationErrorCode.NOT_A_SCHOOL_COUNSELLOR,
      );
    }
    return { account, place: { ...place, schoolId: place.schoolId } };
  }

  private async loadRound(
    manager: EntityManager,
    roundId: string,
    place: { schoolId: string },
    lock = false,
  ): Promise<RoundRow> {
    if (!isUuid(roundId)) throw new AllocationException(AllocationErrorCode.NOT_FOUND);
    const [row] = await manager.query<RoundRow[]>(
      `${ROUND_SQL} WHERE r.id = $1 AND r.school_id = $2${lock ? ' FOR UPDATE OF r' : ''}`,
      [roundId, place.schoolId],
    );
    if (!row) throw new AllocationException(AllocationErrorCode.NOT_FOUND);
    return row;
  }

  private async pupilRound(youthId: string, roundId: string): Promise<RoundRow> {
    if (!isUuid(roundId)) throw new AllocationException(AllocationErrorCode.NOT_FOUND);
    const [row] = await this.dataSource.query<RoundRow[]>(
      `${ROUND_SQL} JOIN cohort_pupil p ON p.cohort_id = r.cohort_id AND p.youth_id = $2 WHERE r.id = $1`,
      [roundId, youthId],
    );
    if (!row) throw new AllocationException(AllocationErrorCode.NOT_FOUND);
    return row;
  }

  private roundSlots(manager: EntityManager, roundId: string): Promise<SlotRow[]> {
    return manager.query<SlotRow[]>(
      `${SLOT_SQL} JOIN allocation_round_slot rs ON rs.slot_id = s.id AND rs.round_id = $1
        ORDER BY s.date, s.start_time, o.title, s.id`,
      [roundId],
    );
  }

  private async roundView(manager: EntityManager, row: RoundRow): Promise<AllocationRound> {
    const slots = await this.roundSlots(manager, row.id);
    const pupils = await manager.query<RoundPupil[]>(
      `SELECT a.id AS "youthId", a.display_name AS name,
              (SELECT count(*) FROM allocation_choice c WHERE c.round_id = $1 AND c.youth_id = a.id)::int AS "choicesCount"
         FROM cohort_pupil p JOIN account a ON a.id = p.youth_id
        WHERE p.cohort_id = $2 ORDER BY a.display_name, a.id`,
      [row.id, row.cohort_id],
    );
    return {
      id: row.id,
      title: row.title,
      cohortId: row.cohort_id,
      cohortName: row.cohort_name,
      status: row.status,
      choicesDeadline: row.choices_deadline,
      daysPerPupil: row.days_per_pupil,
      minChoices: row.min_choices,
      maxChoices: maxChoicesOf(slots.length),
      seed: Number(row.seed),
      publishedAt: row.published_at,
      slots,
      pupils,
    };
  }

  private async pupilView(youthId: string, row: RoundRow): Promise<PupilRound> {
    const manager = this.dataSource.manager;
    const slots = await this.roundSlots(manager, row.id);
    const ranking = await manager.query<{ slot_id: string }[]>(
      'SELECT slot_id FROM allocation_choice WHERE round_id = $1 AND youth_id = $2 ORDER BY rank',
      [row.id, youthId],
    );
    const published = row.status === AllocationRoundStatus.PUBLISHED;
    const assigned = published ? await this.storedDays(manager, row.id, youthId) : [];
    const [short] = published
      ? await manager.query<{ reason: string; reason_en: string }[]>(
          'SELECT reason, reason_en FROM allocation_shortfall WHERE round_id = $1 AND youth_id = $2',
          [row.id, youthId],
        )
      : [];
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      choicesDeadline: row.choices_deadline,
      canRank: !published && this.clock.today() <= row.choices_deadline,
      daysPerPupil: row.days_per_pupil,
      minChoices: Math.min(row.min_choices, maxChoicesOf(slots.length)),
      maxChoices: maxChoicesOf(slots.length),
      slots,
      myRanking: ranking.map((choice) => choice.slot_id),
      suggestedRanking: published ? [] : await this.suggestedRanking(youthId, slots),
      assignedDays: assigned,
      shortfall: short?.reason ?? null,
      shortfallEn: short?.reason_en ?? null,
    };
  }

  /**
   * The round's days in the order the recommendation engine scores their places for this pupil
   * (their profile: interests, strengths, distance, adaptations…), so a pupil can start from a
   * suggestion; places the engine filters out (too far, wrong kind) come last, by date.
   */
  private async suggestedRanking(youthId: string, slots: SlotRow[]): Promise<string[]> {
    const record = await this.dataSource
      .getRepository(YouthProfileRecord)
      .findOne({ where: { accountId: youthId } });
    if (!record || slots.length === 0) return [];
    const today = this.clock.today();
    const rows: OpportunityRow[] = [];
    for (const opportunityId of new Set(slots.map((slot) => slot.opportunityId))) {
      rows.push(
        ...(await this.dataSource.query<OpportunityRow[]>(OPPORTUNITY_PROFILES_SQL, [
          today,
          opportunityId,
        ])),
      );
    }
    const { recommendations } = recommendOpportunities(
      toYouthProfile(record),
      rows.map(toOpportunityProfile),
      { today, limit: rows.length },
    );
    const scoreOf = new Map(recommendations.map((entry) => [entry.opportunityId, entry.score]));
    return [...slots]
      .sort(
        (a, b) =>
          (scoreOf.get(b.opportunityId) ?? -1) - (scoreOf.get(a.opportunityId) ?? -1) ||
          a.date.localeCompare(b.date),
      )
      .map((slot) => slot.slotId);
  }

  private storedDays(
    manager: EntityManager,
    roundId: string,
    youthId: string,
  ): Promise<AssignedDay[]> {
    return manager.query<AssignedDay[]>(
      `SELECT x.slot_id AS "slotId", x.rank, o.title, e.name AS "employerName", s.date::text AS date,
              to_char(s.start_time, 'HH24:MI') AS "startTime", to_char(s.end_time, 'HH24:MI') AS "endTime",
              x.reason, x.reason_en AS "reasonEn", x.booking_id AS "bookingId"
         FROM allocation_assignment x JOIN slot s ON s.id = x.slot_id
         JOIN opportunity o ON o.id = s.opportunity_id JOIN employer e ON e.id = o.employer_id
        WHERE x.round_id = $1 AND ($2::uuid IS NULL OR x.youth_id = $2)
        ORDER BY s.date, x.rank`,
      [roundId, youthId],
    );
  }

  /** A published round's result, as it was booked (the preview of a published round). */
  private async published(manager: EntityManager, round: RoundRow): Promise<AllocationPreview> {
    const [stored] = await manager.query<{ report: AllocationReport }[]>(
      'SELECT report FROM allocation_round WHERE id = $1',
      [round.id],
    );
    const pupils = await manager.query<
      { youthId: string; name: string; shortfall: string | null; shortfallEn: string | null }[]
    >(
      `SELECT a.id AS "youthId", a.display_name AS name, f.reason AS shortfall, f.reason_en AS "shortfallEn"
         FROM cohort_pupil p JOIN account a ON a.id = p.youth_id
         LEFT JOIN allocation_shortfall f ON f.round_id = $1 AND f.youth_id = a.id
        WHERE p.cohort_id = $2 ORDER BY a.display_name, a.id`,
      [round.id, round.cohort_id],
    );
    const rows = await manager.query<(AssignedDay & { youthId: string })[]>(
      `SELECT x.youth_id AS "youthId", x.slot_id AS "slotId", x.rank, o.title, e.name AS "employerName",
              s.date::text AS date, to_char(s.start_time, 'HH24:MI') AS "startTime",
              to_char(s.end_time, 'HH24:MI') AS "endTime", x.reason, x.reason_en AS "reasonEn",
              x.booking_id AS "bookingId"
         FROM allocation_assignment x JOIN slot s ON s.id = x.slot_id
         JOIN opportunity o ON o.id = s.opportunity_id JOIN employer e ON e.id = o.employer_id
        WHERE x.round_id = $1 ORDER BY s.date, x.rank`,
      [round.id],
    );
    return {
      roundId: round.id,
      status: round.status,
      report: stored?.report ?? this.emptyReport(round),
      pupils: pupils.map((pupil) => ({
        ...pupil,
        days: rows.filter((row) => row.youthId === pupil.youthId),
      })),
      bookingsCreated: 0,
    };
  }

  /**
   * The engine's instance from the round: the cohort's pupils (all of them: one who has not
   * ranked is listed as short, never dropped), their rankings without slots on dates they are
   * already booked elsewhere or without a free seat, and the lottery drawn from the round's seed.
   */
  private async allocate(
    manager: EntityManager,
    round: RoundRow,
    slots: SlotRow[],
  ): Promise<Outcome> {
    const pupils = await manager.query<{ id: string; name: string }[]>(
      `SELECT a.id, a.display_name AS name FROM cohort_pupil p JOIN account a ON a.id = p.youth_id
        WHERE p.cohort_id = $1 ORDER BY a.id`,
      [round.cohort_id],
    );
    const pupilIds = pupils.map((pupil) => pupil.id);
    const choices = await manager.query<{ youth_id: string; slot_id: string }[]>(
      'SELECT youth_id, slot_id FROM allocation_choice WHERE round_id = $1 ORDER BY youth_id, rank',
      [round.id],
    );
    const busy = await manager.query<{ youth_id: string; slot_date: string }[]>(
      `SELECT youth_id, slot_date::text AS slot_date FROM booking
        WHERE youth_id = ANY($1::uuid[]) AND status = ANY($2::text[])`,
      [pupilIds, ACTIVE_BOOKING_STATUSES],
    );
    const busyDates = new Set(busy.map((row) => `${row.youth_id}:${row.slot_date}`));
    const open = new Map(
      slots.filter((slot) => slot.seatsLeft > 0).map((slot) => [slot.slotId, slot]),
    );
    const rankings = new Map<string, string[]>(pupilIds.map((id) => [id, []]));
    for (const choice of choices) {
      const slot = open.get(choice.slot_id);
      if (slot && !busyDates.has(`${choice.youth_id}:${slot.date}`)) {
        rankings.get(choice.youth_id)?.push(choice.slot_id);
      }
    }
    const seed = Number(round.seed);
    const instance: CohortInstance = {
      days: round.days_per_pupil,
      slots: [...open.values()].map((slot) => ({
        id: slot.slotId,
        employer: slot.employerId,
        date: slot.date,
        capacity: slot.seatsLeft,
        trade: slot.tradeCode,
      })),
      pupils: pupilIds.map((id) => ({ id, ranking: rankings.get(id) ?? [] })),
      lottery: lotteryFromSeed(pupilIds, seed),
      seed,
    };
    const started = performance.now();
    const result = allocateCohort(instance);
    const runTimeMs = Math.round((performance.now() - started) * 100) / 100;
    const explained = explainCohortAssignment(instance, result.assignment, result.unassigned);
    const names = new Map(pupils.map((pupil) => [pupil.id, pupil.name]));
    const { report } = result;
    return {
      report: {
        algorithm: report.algorithm,
        seed,
        pupils: report.pupils,
        pupilsFullyAssigned: report.pupilsFullyAssigned,
        pupilsPartiallyAssigned: report.pupilsPartiallyAssigned,
        pupilsUnassigned: report.pupilsUnassigned,
        seats: report.seats,
        seatsAssigned: report.seatsAssigned,
        seatsLeft: report.seatsLeft,
        rankDistribution: [...report.rankDistribution],
        gotFirstChoice: report.rankDistribution[0] ?? 0,
        gotSecondChoice: report.rankDistribution[1] ?? 0,
        blockingPairs: report.blockingPairs,
        runTimeMs,
      },
      pupils: explained
        .map((entry) => ({
          youthId: entry.pupil,
          name: names.get(entry.pupil) ?? '',
          days: entry.assigned.flatMap((reason) => {
            const slot = open.get(reason.slot);
            return slot
              ? [
                  {
                    slotId: slot.slotId,
                    rank: reason.rank,
                    title: slot.title,
                    employerName: slot.employerName,
                    date: slot.date,
                    startTime: slot.startTime,
                    endTime: slot.endTime,
                    reason: reason.text,
                    reasonEn: reason.textEn,
                    bookingId: null,
                  },
                ]
              : [];
          }),
          shortfall: entry.shortfall?.text ?? null,
          shortfallEn: entry.shortfall?.textEn ?? null,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.youthId.localeCompare(b.youthId)),
    };
  }

  private emptyReport(round: RoundRow): AllocationReport {
    return {
      algorithm: 'pupil-proposing deferred acceptance (Hatfield–Milgrom)',
      seed: Number(round.seed),
      pupils: 0,
      pupilsFullyAssigned: 0,
      pupilsPartiallyAssigned: 0,
      pupilsUnassigned: 0,
      seats: 0,
      seatsAssigned: 0,
      seatsLeft: 0,
      rankDistribution: [],
      gotFirstChoice: 0,
      gotSecondChoice: 0,
      blockingPairs: 0,
      runTimeMs: 0,
    };
  }

  private pupilNotice(round: RoundRow, pupil: PupilAllocation): string {
    if (pupil.days.length === 0) {
      return `Fordelingen «${round.title}» er klar, men du fikk ingen dag denne gangen. ${pupil.shortfall ?? ''} Rådgiveren din hjelper deg videre.`.trim();
    }
    const days = pupil.days.map((day) => `${day.employerName} ${formatDay(day.date)}`).join(' og ');
    return `Fordelingen «${round.title}» er klar: du skal på hospitering hos ${days}. Se begrunnelsen under Mine valg.`;
  }

  private auditEntry(
    account: Account,
    place: CounsellorPlace,
    round: RoundRow,
    youthId: string,
    action: AuditAction,
  ): AuditEntry {
    return {
      actorId: account.id,
      actorRole: place.role,
      actorName: account.displayName.slice(0, LIMITS.displayNameMax),
      actorOrganisation: place.organisationName,
      youthId,
      action,
      purpose: `Rådgiver ved ${place.organisationName}: fordelingsrunden «${round.title}» (valgene dine)`,
      outcome: AuditOutcome.ALLOWED,
    };
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof AllocationException) throw error;
      const code =
        (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
        (error as { code?: string }).code;
      // A pupil booked the same date elsewhere meanwhile, or a lock waited too long: nothing kept.
      if (code === UNIQUE_VIOLATION || (code && BUSY_CODES.has(code))) {
        throw new AllocationException(AllocationErrorCode.TRY_AGAIN);
      }
      throw error;
    }
  }
}
