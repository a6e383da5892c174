import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Notification, NotificationKind } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';

interface ProposalContext {
  proposalId: string;
  youthId: string;
  youthName: string;
  counsellorId: string | null;
  counsellorName: string | null;
  employerId: string;
  employerName: string;
  title: string;
  /** Only when the youth shared their name; the employer otherwise reads "En kandidat". */
  sharedName: string | null;
}

/**
 * The notifications each proposal move produces, written in the move's own transaction and
 * delivered after commit. Every step of a proposal is news to someone.
 */
@Injectable()
export class ProposalNotices {
  constructor(private readonly notifications: NotificationsService) {}

  /** To the youth: a counsellor proposed something. */
  async proposed(manager: EntityManager, proposalId: string): Promise<Notification[]> {
    const context = await this.load(manager, proposalId);
    const who = context.counsellorName ?? 'Veilederen din';
    return [
      await this.notifications.record(
        manager,
        context.youthId,
        NotificationKind.PROPOSAL_RECEIVED,
        {
          proposalId,
          text: `${who} foreslår «${context.title}» hos ${context.employerName} for deg. Se forslaget og gi et svar.`,
        },
      ),
    ];
  }

  /** To the counsellor, and on yes to the employer's members. */
  async answered(
    manager: EntityManager,
    proposalId: string,
    accepted: boolean,
  ): Promise<Notification[]> {
    const context = await this.load(manager, proposalId);
    const recorded: Notification[] = [];
    if (context.counsellorId) {
      recorded.push(
        await this.notifications.record(
          manager,
          context.counsellorId,
          NotificationKind.PROPOSAL_ANSWERED,
          {
            proposalId,
            youthId: context.youthId,
            text: accepted
              ? `${context.youthName} takket ja til forslaget om «${context.title}». Arbeidsgiveren har fått beskjed.`
              : `${context.youthName} takket nei til forslaget om «${context.title}».`,
          },
        ),
      );
    }
    if (accepted) {
      const who = context.sharedName ?? 'En kandidat';
      recorded.push(
        ...(await this.notifications.recordForEmployer(
          manager,
          context.employerId,
          NotificationKind.PROPOSAL_FOR_EMPLOYER,
          {
            proposalId: context.proposalId,
            text: `${who} er foreslått av en veileder til «${context.title}» og vil gjerne høre fra dere. Se kandidaten og gi et svar.`,
          },
        )),
      );
    }
    return recorded;
  }

  /** To the youth and the counsellor: the employer said yes or no. */
  async employerAnswered(
    manager: EntityManager,
    proposalId: string,
    accepted: boolean,
  ): Promise<Notification[]> {
    const context = await this.load(manager, proposalId);
    const place = `«${context.title}» hos ${context.employerName}`;
    return this.toYouthAndCounsellor(
      manager,
      context,
      NotificationKind.PROPOSAL_EMPLOYER_ANSWERED,
      accepted
        ? `${context.employerName} sier ja til deg for ${place}! Se svaret deres.`
        : `${context.employerName} kunne dessverre ikke ta imot deg denne gangen. Se svaret deres – veilederen din hjelper deg videre.`,
      accepted
        ? `${context.employerName} sa ja til ${context.youthName} for ${place}.`
        : `${context.employerName} sa nei til ${context.youthName} for ${place}.`,
    );
  }

  /** To the youth and the counsellor: it ended in a placement. */
  async placed(manager: EntityManager, proposalId: string): Promise<Notification[]> {
    const context = await this.load(manager, proposalId);
    const place = `«${context.title}» hos ${context.employerName}`;
    return this.toYouthAndCounsellor(
      manager,
      context,
      NotificationKind.PROPOSAL_PLACED,
      `Gratulerer! Du har fått plass: ${place}.`,
      `${context.youthName} har fått plass: ${place}. Oppfølgingen fortsetter i seks måneder.`,
    );
  }

  /** To the youth: the counsellor took the proposal back before it was answered. */
  async withdrawn(manager: EntityManager, proposalId: string): Promise<Notification[]> {
    const context = await this.load(manager, proposalId);
    return [
      await this.notifications.record(
        manager,
        context.youthId,
        NotificationKind.PROPOSAL_WITHDRAWN,
        {
          proposalId,
          text: `Forslaget om «${context.title}» er trukket tilbake. Du trenger ikke gjøre noe.`,
        },
      ),
    ];
  }

  deliver(notifications: readonly Notification[]): void {
    this.notifications.deliver(notifications);
  }

  private async toYouthAndCounsellor(
    manager: EntityManager,
    context: ProposalContext,
    kind: NotificationKind,
    youthText: string,
    counsellorText: string,
  ): Promise<Notification[]> {
    const recorded = [
      await this.notifications.record(manager, context.youthId, kind, {
        proposalId: context.proposalId,
        text: youthText,
      }),
    ];
    if (context.counsellorId) {
      recorded.push(
        await this.notifications.record(manager, context.counsellorId, kind, {
          proposalId: context.proposalId,
          youthId: context.youthId,
          text: counsellorText,
        }),
      );
    }
    return recorded;
  }

  private async load(manager: EntityManager, proposalId: string): Promise<ProposalContext> {
    const rows: {
      youth_id: string;
      youth_name: string;
      counsellor_id: string | null;
      counsellor_name: string | null;
      employer_id: string;
      employer_name: string;
      title: string;
      shared_name: string | null;
    }[] = await manager.query(
      `SELECT p.youth_id, y.display_name AS youth_name, p.counsellor_id, c.display_name AS counsellor_name,
              o.employer_id, e.name AS employer_name, o.title, p.shared_snapshot->>'name' AS shared_name
         FROM match_proposal p
         JOIN account y ON y.id = p.youth_id
         LEFT JOIN account c ON c.id = p.counsellor_id
         JOIN opportunity o ON o.id = p.opportunity_id
         JOIN employer e ON e.id = o.employer_id
        WHERE p.id = $1`,
      [proposalId],
    );
    const row = rows[0];
    if (!row) throw new Error(`proposal ${proposalId} vanished while notifying`);
    return {
      proposalId,
      youthId: row.youth_id,
      youthName: row.youth_name,
      counsellorId: row.counsellor_id,
      counsellorName: row.counsellor_name,
      employerId: row.employer_id,
      employerName: row.employer_name,
      title: row.title,
      sharedName: row.shared_name,
    };
  }
}
