import type { EntityManager } from 'typeorm';
import type { DemoCounselling } from './demo-counselling';

type Value = string | number | boolean | null | readonly string[] | Record<string, unknown>;

/**
 * Rows straight into the tables, 200 at a time, skipping rows already there (fixed ids): the
 * counselling tables belong to their own modules, and the demo only fills them.
 */
async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Value[])[],
  casts: Record<string, string> = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200);
    const params: unknown[] = [];
    const values = chunk.map(
      (row) =>
        `(${row
          .map((value, index) => {
            params.push(
              value !== null && typeof value === 'object' && !Array.isArray(value)
                ? JSON.stringify(value)
                : value,
            );
            const cast = casts[columns[index] ?? ''];
            return cast ? `$${String(params.length)}::${cast}` : `$${String(params.length)}`;
          })
          .join(', ')})`,
    );
    await manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
      params,
    );
  }
}

/** The demo city's counselling rows, in the seeder's transaction (accounts are inserted before). */
export async function insertDemoCounselling(
  manager: EntityManager,
  data: DemoCounselling,
): Promise<void> {
  await insertRows(
    manager,
    'counsellor_membership',
    ['account_id', 'role', 'school_id', 'nav_office_id'],
    data.counsellorMemberships.map((m) => [m.accountId, m.role, m.schoolId, m.navOfficeId]),
  );
  await insertRows(
    manager,
    'youth_profile',
    [
      'account_id',
      'programme_codes',
      'trade_codes',
      'strengths',
      'adaptations_needed',
      'kinds_wanted',
      'home_municipality_code',
      'birth_date',
      'consent_to_be_proposed',
      'first_contact_date',
      'last_offer_date',
    ],
    data.youthProfiles.map((p) => [
      p.accountId,
      p.programmeCodes,
      p.tradeCodes,
      p.strengths,
      p.adaptationsNeeded,
      p.kindsWanted,
      p.homeMunicipalityCode,
      p.birthDate,
      true,
      p.firstContactDate,
      p.lastOfferDate,
    ]),
  );
  await insertRows(
    manager,
    'opportunity',
    [
      'id',
      'employer_id',
      'kind',
      'status',
      'title',
      'description',
      'tasks',
      'practical_info',
      'programme_code',
      'trade_code',
      'street',
      'postal_code',
      'postal_place',
      'municipality_code',
      'latitude',
      'longitude',
      'published_at',
      'places',
      'start_date',
      'application_deadline',
      'hours_per_week',
      'closed_at',
    ],
    data.opportunities.map((o) => [
      o.id,
      o.employerId,
      o.kind,
      o.status,
      o.title,
      o.description,
      o.tasks,
      '',
      o.programmeCode,
      o.tradeCode,
      o.address.street,
      o.address.postalCode,
      o.address.postalPlace,
      o.address.municipalityCode,
      o.address.latitude,
      o.address.longitude,
      o.publishedAt,
      o.places,
      o.startDate,
      o.applicationDeadline,
      o.hoursPerWeek,
      o.closedAt,
    ]),
  );
  // The worker indexes the published ones for search, as for every listing.
  await insertRows(
    manager,
    'outbox_event',
    ['topic', 'aggregate_id'],
    data.opportunities
      .filter((o) => o.status === 'PUBLISHED')
      .map((o) => ['OPPORTUNITY_CHANGED', o.id]),
  );
  await insertRows(
    manager,
    'intake_request',
    [
      'id',
      'youth_id',
      'submitted_by',
      'answers',
      'priority',
      'status',
      'nav_office_id',
      'coordinator_id',
      'created_at',
      'routed_at',
    ],
    data.intakeRequests.map((r) => [
      r.id,
      r.youthId,
      r.submittedBy,
      { ...r.answers },
      r.priority,
      r.status,
      r.navOfficeId,
      r.coordinatorId,
      r.createdAt,
      r.routedAt,
    ]),
    { answers: 'jsonb' },
  );
  await insertRows(
    manager,
    'caseload',
    [
      'id',
      'youth_id',
      'coordinator_id',
      'nav_office_id',
      'started_at',
      'started_by',
      'ended_at',
      'goal_reached_at',
      'goal_kind',
    ],
    data.caseloads.map((c) => [
      c.id,
      c.youthId,
      c.coordinatorId,
      c.navOfficeId,
      c.startedAt,
      c.startedBy,
      c.endedAt,
      c.goalReachedAt,
      c.goalKind,
    ]),
  );
  await insertRows(
    manager,
    'strength_mapping',
    [
      'youth_id',
      'interests',
      'strengths',
      'dreams',
      'work_experience',
      'adaptations',
      'goals',
      'updated_at',
      'updated_by',
    ],
    data.mappings.map((m) => [
      m.youthId,
      m.interests,
      m.strengths,
      m.dreams,
      m.workExperience,
      m.adaptations,
      m.goals,
      m.updatedAt,
      m.updatedBy,
    ]),
  );
  await insertRows(
    manager,
    'plan',
    ['id', 'youth_id', 'goal', 'starts_on', 'version', 'created_by', 'created_at', 'updated_at'],
    data.plans.map((p) => [
      p.id,
      p.youthId,
      p.goal,
      p.startsOn,
      p.version,
      p.createdBy,
      p.createdAt,
      p.updatedAt,
    ]),
  );
  await insertRows(
    manager,
    'milestone',
    ['id', 'plan_id', 'title', 'due_on', 'owner', 'done_at', 'position'],
    data.milestones.map((m) => [m.id, m.planId, m.title, m.dueOn, m.owner, m.doneAt, m.position]),
  );
  await insertRows(
    manager,
    'plan_comment',
    ['id', 'plan_id', 'author_id', 'body', 'created_at'],
    data.comments.map((c) => [c.id, c.planId, c.authorId, c.body, c.createdAt]),
  );
  await insertRows(
    manager,
    'plan_version',
    ['plan_id', 'version', 'changed_by', 'changed_by_role', 'summary', 'snapshot', 'created_at'],
    data.versions.map((v) => [
      v.planId,
      v.version,
      v.changedBy,
      v.changedByRole,
      v.summary,
      { ...v.snapshot },
      v.createdAt,
    ]),
    { snapshot: 'jsonb' },
  );
  await insertRows(
    manager,
    'match_proposal',
    [
      'id',
      'youth_id',
      'opportunity_id',
      'counsellor_id',
      'message',
      'status',
      'decline_reason',
      'shared_fields',
      'shared_snapshot',
      'employer_message',
      'created_at',
      'answered_at',
      'employer_answered_at',
      'placed_at',
    ],
    data.proposals.map((p) => [
      p.id,
      p.youthId,
      p.opportunityId,
      p.counsellorId,
      p.message,
      p.status,
      p.declineReason,
      p.sharedFields,
      p.sharedSnapshot,
      p.employerMessage,
      p.createdAt,
      p.answeredAt,
      p.employerAnsweredAt,
      p.placedAt,
    ]),
    { shared_snapshot: 'jsonb' },
  );
  // Events have serial ids: only on a first load (a proposal row was new), never twice.
  const [{ count } = { count: 0 }] = await manager.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM match_proposal_event WHERE proposal_id = ANY($1::uuid[])`,
    [data.proposals.map((p) => p.id)],
  );
  if (count === 0) {
    await insertRows(
      manager,
      'match_proposal_event',
      ['proposal_id', 'status', 'actor_id', 'actor_role', 'at'],
      data.proposalEvents.map((e) => [e.proposalId, e.status, e.actorId, e.actorRole, e.at]),
    );
  }
  await insertRows(
    manager,
    'slot',
    ['id', 'opportunity_id', 'date', 'start_time', 'end_time', 'capacity', 'seats_booked'],
    data.pastSlots.map((s) => [
      s.id,
      s.opportunityId,
      s.date,
      s.startTime,
      s.endTime,
      s.capacity,
      s.seatsBooked,
    ]),
  );
  await insertRows(
    manager,
    'booking',
    ['id', 'slot_id', 'youth_id', 'slot_date', 'status', 'created_at', 'updated_at', 'answered_at'],
    data.bookings.map((b) => [
      b.id,
      b.slotId,
      b.youthId,
      b.slotDate,
      b.status,
      b.createdAt,
      b.answeredAt ?? b.createdAt,
      b.answeredAt,
    ]),
  );
}
