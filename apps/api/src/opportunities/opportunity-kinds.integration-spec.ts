import { Client } from 'pg';
import {
  eventually,
  signedInYouths,
  startTestApi,
  type TestApi,
  type TestClient,
} from '../../test/test-api';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SEARCH,
  SIGN_UP,
  type SearchData,
} from '../../test/operations';

const FIELDS = /* GraphQL */ `
  fragment OpportunityFields on Opportunity {
    id
    kind
    status
    title
    tradeCode
    programmeCode
    places
    startDate
    applicationDeadline
    requirements
    hoursPerWeek
    schedule
    adaptationsOffered
    strengthsSought
    publishedAt
    closedAt
    archivedAt
    seatsLeft
    bookingsCount
    slots {
      id
      date
      startTime
      endTime
      capacity
      seatsBooked
      seatsLeft
    }
  }
`;

const CREATE_APPRENTICESHIP = /* GraphQL */ `
  mutation CreateApprenticeship($input: CreateApprenticeshipInput!) {
    createApprenticeship(input: $input) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const CREATE_SIMPLE_JOB = /* GraphQL */ `
  mutation CreateSimpleJob($input: CreateSimpleJobInput!) {
    createSimpleJob(input: $input) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const CLOSE = /* GraphQL */ `
  mutation Close($id: ID!) {
    closeOpportunity(id: $id) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const ARCHIVE = /* GraphQL */ `
  mutation Archive($id: ID!) {
    archiveOpportunity(id: $id) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, input: $input) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const DUPLICATE = /* GraphQL */ `
  mutation Duplicate($id: ID!) {
    duplicateOpportunity(id: $id) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const ADD_SLOTS = /* GraphQL */ `
  mutation AddSlots($opportunityId: ID!, $pattern: SlotPatternInput!) {
    addSlots(opportunityId: $opportunityId, pattern: $pattern) {
      createdDates
      skippedDates
      opportunity {
        ...OpportunityFields
      }
    }
  }
  ${FIELDS}
`;

const REMOVE_SLOT = /* GraphQL */ `
  mutation RemoveSlot($slotId: ID!) {
    removeSlot(slotId: $slotId) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const MY_OPPORTUNITIES = /* GraphQL */ `
  query {
    myOpportunities {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

const MY_OPPORTUNITIES_BY_STATUS = /* GraphQL */ `
  query Mine($statuses: [OpportunityStatus!]) {
    myOpportunities(statuses: $statuses) {
      ...OpportunityFields
    }
  }
  ${FIELDS}
`;

interface OpportunityData {
  id: string;
  kind: string;
  status: string;
  title: string;
  tradeCode: string;
  programmeCode: string;
  places: number | null;
  startDate: string | null;
  applicationDeadline: string | null;
  requirements: string;
  hoursPerWeek: number | null;
  schedule: string;
  adaptationsOffered: string[];
  strengthsSought: string[];
  publishedAt: string | null;
  closedAt: string | null;
  archivedAt: string | null;
  seatsLeft: number;
  bookingsCount: number | null;
  slots: {
    id: string;
    date: string;
    startTime: string;
    endTime: string;
    capacity: number;
    seatsBooked: number;
    seatsLeft: number;
  }[];
}

const address = hospiteringInput().address;

function apprenticeshipInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Lærling i elektrikerfaget',
    description: 'Elektrofirma på Sørlandsparken med tolv ansatte og egen lærlingansvarlig.',
    tasks: 'Installasjon i bolig og næringsbygg sammen med en erfaren montør.',
    tradeCode: 'elektriker',
    address,
    places: 2,
    startDate: daysFromToday(200),
    applicationDeadline: daysFromToday(60),
    requirements: 'Bestått Vg2 elektro.',
    adaptationsOffered: ['FIXED_CONTACT_PERSON'],
    strengthsSought: ['HANDS_ON', 'ACCURATE'],
    ...overrides,
  };
}

function simpleJobInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Fylle hyller etter skoletid',
    description: 'Matbutikk på Lund som trenger hjelp med varepåfylling.',
    tasks: 'Pakke ut varer, fylle hyller, sjekke datoer.',
    tradeCode: 'salg',
    address,
    hoursPerWeek: 6,
    schedule: 'Tirsdager og torsdager 15–18',
    adaptationsOffered: ['SHORT_DAYS', 'FIXED_CONTACT_PERSON'],
    ...overrides,
  };
}

/** Dates from `from` to `to` (inclusive) on the given ISO weekdays (1 = Monday), by plain counting. */
function datesOn(from: string, to: string, isoWeekdays: number[]): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${from}T12:00:00Z`); day <= new Date(`${to}T12:00:00Z`);) {
    const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
    if (isoWeekdays.includes(weekday)) dates.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return dates;
}

describe('Opportunities of every kind', () => {
  let api: TestApi;
  let db: Client;
  let employer: TestClient;
  let otherEmployer: TestClient;

  const rowCounts = async () => {
    const { rows } = await db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM opportunity) AS opportunities, (SELECT count(*) FROM slot) AS slots,
              (SELECT count(*) FROM outbox_event) AS outbox,
              (SELECT string_agg(id::text || status || updated_at::text, ',' ORDER BY id) FROM opportunity) AS versions`,
    );
    return rows[0];
  };

  const outboxRows = async (id: string): Promise<number> => {
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM outbox_event WHERE aggregate_id = $1',
      [id],
    );
    return rows[0]?.count ?? 0;
  };

  async function create(
    client: TestClient,
    document: string,
    field: string,
    input: Record<string, unknown>,
  ): Promise<OpportunityData> {
    const result = await client.graphql<Record<string, OpportunityData>>(document, { input });
    expect(result.errors).toBeUndefined();
    const created = result.data?.[field];
    if (!created) throw new Error(`${field} returned nothing`);
    return created;
  }

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    otherEmployer = api.client();
    expect(
      (await employer.graphql(SIGN_UP, { input: employerSignUp('kinds') })).errors,
    ).toBeUndefined();
    expect(
      (await otherEmployer.graphql(SIGN_UP, { input: employerSignUp('kinds-other') })).errors,
    ).toBeUndefined();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('creates an apprenticeship and a simple job as drafts, with their own fields', async () => {
    const apprenticeship = await create(
      employer,
      CREATE_APPRENTICESHIP,
      'createApprenticeship',
      apprenticeshipInput({ title: '  Lærling i elektrikerfaget  ' }),
    );
    expect(apprenticeship).toMatchObject({
      kind: 'APPRENTICESHIP',
      status: 'DRAFT',
      title: 'Lærling i elektrikerfaget',
      tradeCode: 'elektriker',
      programmeCode: 'EL',
      places: 2,
      startDate: daysFromToday(200),
      applicationDeadline: daysFromToday(60),
      requirements: 'Bestått Vg2 elektro.',
      hoursPerWeek: null,
      adaptationsOffered: ['FIXED_CONTACT_PERSON'],
      strengthsSought: ['HANDS_ON', 'ACCURATE'],
      slots: [],
      bookingsCount: 0,
    });

    const job = await create(
      employer,
      CREATE_SIMPLE_JOB,
      'createSimpleJob',
      simpleJobInput({ hoursPerWeek: 7.5 }),
    );
    expect(job).toMatchObject({
      kind: 'SIMPLE_JOB',
      status: 'DRAFT',
      hoursPerWeek: 7.5,
      schedule: 'Tirsdager og torsdager 15–18',
      startDate: null,
      applicationDeadline: null,
      places: null,
      adaptationsOffered: ['SHORT_DAYS', 'FIXED_CONTACT_PERSON'],
      strengthsSought: [],
    });
    // A number in Postgres too, not text that happens to look like one.
    const { rows } = await db.query<{ hours: string }>(
      'SELECT hours_per_week::text AS hours FROM opportunity WHERE id = $1',
      [job.id],
    );
    expect(rows[0]?.hours).toBe('7.5');

    const hospitering = await create(employer, CREATE_HOSPITERING, 'createHospitering', {
      ...hospiteringInput(),
      adaptationsOffered: ['QUIET_WORKPLACE'],
      strengthsSought: ['CARING'],
    });
    const stored = await db.query<{ adaptations: string[]; strengths: string[] }>(
      'SELECT adaptations_offered AS adaptations, strengths_sought AS strengths FROM opportunity WHERE id = $1',
      [hospitering.id],
    );
    expect(stored.rows[0]).toEqual({ adaptations: ['QUIET_WORKPLACE'], strengths: ['CARING'] });
  });

  it('moves through draft → published → closed → published → closed → archived, each search change through the outbox', async () => {
    const job = await create(employer, CREATE_SIMPLE_JOB, 'createSimpleJob', simpleJobInput());
    expect(await outboxRows(job.id)).toBe(0);

    const close = async (client = employer) =>
      client.graphql<{ closeOpportunity: OpportunityData }>(CLOSE, { id: job.id });
    const archive = async () =>
      employer.graphql<{ archiveOpportunity: OpportunityData }>(ARCHIVE, { id: job.id });
    const publish = async () =>
      employer.graphql<{ publishOpportunity: { status: string } }>(PUBLISH, { id: job.id });

    // A draft cannot be closed: it was never out.
    expect((await close()).errors?.[0]?.extensions?.code).toBe('OPPORTUNITY_ILLEGAL_TRANSITION');

    expect((await publish()).data?.publishOpportunity.status).toBe('PUBLISHED');
    expect(await outboxRows(job.id)).toBe(1);
    // Publishing again is not a move: no error, nothing written.
    expect((await publish()).data?.publishOpportunity.status).toBe('PUBLISHED');
    expect(await outboxRows(job.id)).toBe(1);

    // Something live is closed before it is archived.
    expect((await archive()).errors?.[0]?.extensions?.code).toBe('OPPORTUNITY_ILLEGAL_TRANSITION');
    // Another employer cannot close it, and learns nothing about it.
    expect((await close(otherEmployer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const closed = (await close()).data?.closeOpportunity;
    expect(closed?.status).toBe('CLOSED');
    expect(closed?.closedAt).not.toBeNull();
    expect(await outboxRows(job.id)).toBe(2);

    // Reopen.
    expect((await publish()).data?.publishOpportunity.status).toBe('PUBLISHED');
    expect(await outboxRows(job.id)).toBe(3);
    expect((await close()).data?.closeOpportunity.status).toBe('CLOSED');
    expect(await outboxRows(job.id)).toBe(4);

    const archived = (await archive()).data?.archiveOpportunity;
    expect(archived?.status).toBe('ARCHIVED');
    expect(archived?.archivedAt).not.toBeNull();

    // Archived is the end.
    expect((await publish()).errors?.[0]?.extensions?.code).toBe('OPPORTUNITY_ILLEGAL_TRANSITION');
    const edit = await employer.graphql(UPDATE, { id: job.id, input: { title: 'Ny tittel' } });
    expect(edit.errors?.[0]?.extensions?.code).toBe('OPPORTUNITY_NOT_EDITABLE');

    // An unused draft can be archived straight away.
    const draft = await create(employer, CREATE_SIMPLE_JOB, 'createSimpleJob', simpleJobInput());
    const archivedDraft = await employer.graphql<{ archiveOpportunity: OpportunityData }>(ARCHIVE, {
      id: draft.id,
    });
    expect(archivedDraft.data?.archiveOpportunity.status).toBe('ARCHIVED');
  });

  it('refuses to publish an apprenticeship whose deadline has passed', async () => {
    const apprenticeship = await create(
      employer,
      CREATE_APPRENTICESHIP,
      'createApprenticeship',
      apprenticeshipInput(),
    );
    await db.query(`UPDATE opportunity SET application_deadline = $2 WHERE id = $1`, [
      apprenticeship.id,
      daysFromToday(-1),
    ]);
    const result = await employer.graphql(PUBLISH, { id: apprenticeship.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('OPPORTUNITY_NOT_PUBLISHABLE');
    expect(await outboxRows(apprenticeship.id)).toBe(0);
  });

  it('lets the owner edit, answers another employer as if it did not exist, and tells search', async () => {
    const apprenticeship = await create(
      employer,
      CREATE_APPRENTICESHIP,
      'createApprenticeship',
      apprenticeshipInput(),
    );
    const draftEdit = await employer.graphql<{ updateOpportunity: OpportunityData }>(UPDATE, {
      id: apprenticeship.id,
      input: { places: 3, requirements: '', adaptationsOffered: ['SHORT_DAYS'] },
    });
    expect(draftEdit.errors).toBeUndefined();
    expect(draftEdit.data?.updateOpportunity).toMatchObject({
      places: 3,
      requirements: '',
      adaptationsOffered: ['SHORT_DAYS'],
      // Left out: unchanged.
      title: 'Lærling i elektrikerfaget',
      strengthsSought: ['HANDS_ON', 'ACCURATE'],
    });
    // A draft is not in search: no outbox row for its edits.
    expect(await outboxRows(apprenticeship.id)).toBe(0);

    expect((await employer.graphql(PUBLISH, { id: apprenticeship.id })).errors).toBeUndefined();
    const outboxAfterPublish = await outboxRows(apprenticeship.id);

    const before = await rowCounts();
    const stranger = await otherEmployer.graphql(UPDATE, {
      id: apprenticeship.id,
      input: { title: 'Kapret' },
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await otherEmployer.graphql(UPDATE, {
      id: '00000000-0000-4000-8000-000000000000',
      input: { title: 'Kapret' },
    });
    expect(unknown.errors?.[0]?.message).toBe(stranger.errors?.[0]?.message);
    const youth = (await signedInYouths(api, 1))[0];
    const byYouth = await youth?.client.graphql(UPDATE, {
      id: apprenticeship.id,
      input: { title: 'Kapret' },
    });
    expect(byYouth?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);

    const published = await employer.graphql<{ updateOpportunity: OpportunityData }>(UPDATE, {
      id: apprenticeship.id,
      input: { title: 'Lærling i elektro – to plasser', tradeCode: 'automatisering' },
    });
    expect(published.errors).toBeUndefined();
    expect(published.data?.updateOpportunity).toMatchObject({
      title: 'Lærling i elektro – to plasser',
      tradeCode: 'automatisering',
      status: 'PUBLISHED',
    });
    expect(await outboxRows(apprenticeship.id)).toBe(outboxAfterPublish + 1);
  });

  it('reflects an edit and a close of a hospitering in search', async () => {
    const hospitering = await create(employer, CREATE_HOSPITERING, 'createHospitering', {
      ...hospiteringInput({ title: 'Bli med en dag som baker' }),
      tradeCode: 'baker',
    });
    expect((await employer.graphql(PUBLISH, { id: hospitering.id })).errors).toBeUndefined();
    const anonymous = api.client();
    const titleInSearch = async (query: string) => {
      const result = await anonymous.graphql<SearchData>(SEARCH, { input: { query } });
      return result.data?.searchOpportunities.hits.find((hit) => hit.id === hospitering.id)?.title;
    };
    await eventually(async () => (await titleInSearch('baker')) === 'Bli med en dag som baker');

    await employer.graphql(UPDATE, {
      id: hospitering.id,
      input: { title: 'Bli med en dag i bakeriet på Lund' },
    });
    await eventually(
      async () => (await titleInSearch('bakeriet')) === 'Bli med en dag i bakeriet på Lund',
    );

    await employer.graphql(CLOSE, { id: hospitering.id });
    await eventually(async () => (await titleInSearch('bakeriet')) === undefined);
  });

  it('refuses fields of another kind and a deadline moved past the stored start, writing nothing', async () => {
    const apprenticeship = await create(
      employer,
      CREATE_APPRENTICESHIP,
      'createApprenticeship',
      apprenticeshipInput(),
    );
    const before = await rowCounts();
    const wrongKind = await employer.graphql(UPDATE, {
      id: apprenticeship.id,
      input: { hoursPerWeek: 10, schedule: 'Mandager' },
    });
    expect(wrongKind.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'hoursPerWeek', code: 'NOT_FOR_THIS_KIND' }),
      expect.objectContaining({ field: 'schedule', code: 'NOT_FOR_THIS_KIND' }),
    ]);
    const lateDeadline = await employer.graphql(UPDATE, {
      id: apprenticeship.id,
      input: { applicationDeadline: daysFromToday(201) },
    });
    expect(lateDeadline.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'applicationDeadline', code: 'DEADLINE_AFTER_START' }),
    ]);
    const clearedStart = await employer.graphql(UPDATE, {
      id: apprenticeship.id,
      input: { startDate: null },
    });
    expect(clearedStart.errors?.[0]?.extensions?.fieldErrors).toContainEqual(
      expect.objectContaining({ field: 'startDate', code: 'REQUIRED' }),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('duplicates into a new draft, copying only days ahead and none of their bookings', async () => {
    const hospitering = await create(employer, CREATE_HOSPITERING, 'createHospitering', {
      ...hospiteringInput({
        slots: [
          { date: daysFromToday(3), startTime: '09:00', endTime: '14:00', capacity: 3 },
          { date: daysFromToday(10), startTime: '10:00', endTime: '13:00', capacity: 2 },
        ],
      }),
      adaptationsOffered: ['SHORT_DAYS'],
    });
    // One day has passed, and the other has a seat taken.
    const [first, second] = hospitering.slots;
    await db.query('UPDATE slot SET date = $2 WHERE id = $1', [first?.id, daysFromToday(-5)]);
    await db.query('UPDATE slot SET seats_booked = 1 WHERE id = $1', [second?.id]);
    expect((await employer.graphql(PUBLISH, { id: hospitering.id })).errors).toBeUndefined();

    const result = await employer.graphql<{ duplicateOpportunity: OpportunityData }>(DUPLICATE, {
      id: hospitering.id,
    });
    expect(result.errors).toBeUndefined();
    const copy = result.data?.duplicateOpportunity;
    expect(copy?.id).not.toBe(hospitering.id);
    expect(copy).toMatchObject({
      status: 'DRAFT',
      kind: 'HOSPITERING',
      title: 'Bli med en dag som frisør (kopi)',
      adaptationsOffered: ['SHORT_DAYS'],
      publishedAt: null,
    });
    expect(copy?.slots).toEqual([
      expect.objectContaining({
        date: daysFromToday(10),
        startTime: '10:00',
        endTime: '13:00',
        capacity: 2,
        seatsBooked: 0,
        seatsLeft: 2,
      }),
    ]);
    expect(await outboxRows(copy?.id ?? '')).toBe(0);

    const stranger = await otherEmployer.graphql(DUPLICATE, { id: hospitering.id });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('adds every Tuesday and Thursday of a period at once, skips dates that have a day, and shows seats left', async () => {
    const fromDate = daysFromToday(30);
    const toDate = daysFromToday(57);
    const expected = datesOn(fromDate, toDate, [2, 4]);
    const existing = expected[2] ?? '';
    const hospitering = await create(employer, CREATE_HOSPITERING, 'createHospitering', {
      ...hospiteringInput({
        slots: [{ date: existing, startTime: '08:00', endTime: '12:00', capacity: 1 }],
      }),
    });
    expect((await employer.graphql(PUBLISH, { id: hospitering.id })).errors).toBeUndefined();
    const outboxBefore = await outboxRows(hospitering.id);

    const result = await employer.graphql<{
      addSlots: { createdDates: string[]; skippedDates: string[]; opportunity: OpportunityData };
    }>(ADD_SLOTS, {
      opportunityId: hospitering.id,
      pattern: {
        weekdays: ['TUESDAY', 'THURSDAY'],
        fromDate,
        toDate,
        startTime: '09:00',
        endTime: '14:00',
        capacity: 4,
      },
    });
    expect(result.errors).toBeUndefined();
    const added = result.data?.addSlots;
    expect(expected).toHaveLength(8);
    expect(added?.createdDates).toEqual(expected.filter((date) => date !== existing));
    expect(added?.skippedDates).toEqual([existing]);
    const slots = added?.opportunity.slots ?? [];
    expect(slots.map((slot) => slot.date)).toEqual(expected);
    // The day that was there stays as it was.
    expect(slots.find((slot) => slot.date === existing)).toMatchObject({
      startTime: '08:00',
      capacity: 1,
      seatsLeft: 1,
    });
    expect(slots.filter((slot) => slot.capacity === 4 && slot.seatsLeft === 4)).toHaveLength(7);
    expect(added?.opportunity.seatsLeft).toBe(7 * 4 + 1);
    expect(await outboxRows(hospitering.id)).toBe(outboxBefore + 1);

    // A pupil books one day: seats left and the dashboard count follow; the day cannot be removed.
    const [youth] = await signedInYouths(api, 1);
    const booked = slots[0];
    const booking = await youth?.client.graphql(BOOK_SLOT, {
      input: { slotId: booked?.id, idempotencyKey: 'kinds-booking-1' },
    });
    expect(booking?.errors).toBeUndefined();
    const mine = await employer.graphql<{ myOpportunities: OpportunityData[] }>(MY_OPPORTUNITIES);
    const listed = mine.data?.myOpportunities.find((item) => item.id === hospitering.id);
    expect(listed?.bookingsCount).toBe(1);
    expect(listed?.slots.find((slot) => slot.id === booked?.id)?.seatsLeft).toBe(
      (booked?.capacity ?? 0) - 1,
    );
    expect(listed?.seatsLeft).toBe(7 * 4 + 1 - 1);
    expect(mine.data?.myOpportunities.every((item) => item.bookingsCount !== null)).toBe(true);
    const archivedHidden = await employer.graphql<{ myOpportunities: OpportunityData[] }>(
      MY_OPPORTUNITIES_BY_STATUS,
      { statuses: ['DRAFT', 'PUBLISHED', 'CLOSED'] },
    );
    const shown = archivedHidden.data?.myOpportunities ?? [];
    expect(shown.map((item) => item.id)).toContain(hospitering.id);
    expect(shown.length).toBeLessThan(mine.data?.myOpportunities.length ?? 0);
    expect(shown.every((item) => item.status !== 'ARCHIVED')).toBe(true);

    const refused = await employer.graphql(REMOVE_SLOT, { slotId: booked?.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('SLOT_HAS_BOOKINGS');

    const free = slots[slots.length - 1];
    const stranger = await otherEmployer.graphql(REMOVE_SLOT, { slotId: free?.id });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const removed = await employer.graphql<{ removeSlot: OpportunityData }>(REMOVE_SLOT, {
      slotId: free?.id,
    });
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeSlot.slots.map((slot) => slot.id)).not.toContain(free?.id);

    // Only hospitering has days.
    const job = await create(employer, CREATE_SIMPLE_JOB, 'createSimpleJob', simpleJobInput());
    const onJob = await employer.graphql(ADD_SLOTS, {
      opportunityId: job.id,
      pattern: {
        weekdays: ['MONDAY'],
        fromDate,
        toDate,
        startTime: '09:00',
        endTime: '14:00',
        capacity: 1,
      },
    });
    expect(onJob.errors?.[0]?.extensions?.code).toBe('OPPORTUNITY_NOT_HOSPITERING');
  });

  describe('bad input: a field error, nothing written', () => {
    let hospiteringId = '';

    beforeAll(async () => {
      hospiteringId = (
        await create(employer, CREATE_HOSPITERING, 'createHospitering', hospiteringInput())
      ).id;
    });

    const pattern = (overrides: Record<string, unknown>) => ({
      weekdays: ['TUESDAY'],
      fromDate: daysFromToday(10),
      toDate: daysFromToday(40),
      startTime: '09:00',
      endTime: '14:00',
      capacity: 2,
      ...overrides,
    });

    it.each([
      [
        'a pattern that produces no dates',
        { weekdays: ['SATURDAY'], fromDate: '2031-03-03', toDate: '2031-03-07' },
        'weekdays',
        'NO_DATES_IN_PATTERN',
      ],
      [
        'a pattern of more than 200 days',
        {
          weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
          toDate: daysFromToday(400),
        },
        'toDate',
        'TOO_MANY_SLOTS',
      ],
      [
        'a period that ends before it starts',
        { toDate: daysFromToday(9) },
        'toDate',
        'DATE_RANGE_REVERSED',
      ],
      [
        'a period starting in the past',
        { fromDate: daysFromToday(-1) },
        'fromDate',
        'DATE_IN_PAST',
      ],
      ['no weekdays', { weekdays: [] }, 'weekdays', 'REQUIRED'],
      [
        'an end before the start',
        { startTime: '14:00', endTime: '09:00' },
        'endTime',
        'END_BEFORE_START',
      ],
      ['zero seats', { capacity: 0 }, 'capacity', 'CAPACITY_OUT_OF_RANGE'],
    ])('refuses %s', async (_label, overrides, field, code) => {
      const before = await rowCounts();
      const result = await employer.graphql(ADD_SLOTS, {
        opportunityId: hospiteringId,
        pattern: pattern(overrides),
      });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const fieldError = result.errors?.[0]?.extensions?.fieldErrors?.find(
        (error) => error.field === field,
      );
      expect(fieldError?.code).toBe(code);
      // A sentence to show next to the field, not a code.
      expect(fieldError?.message.length).toBeGreaterThan(10);
      expect(await rowCounts()).toEqual(before);
    });

    it.each([
      [
        'a deadline after the start date',
        CREATE_APPRENTICESHIP,
        apprenticeshipInput({
          startDate: daysFromToday(50),
          applicationDeadline: daysFromToday(51),
        }),
        'applicationDeadline',
        'DEADLINE_AFTER_START',
      ],
      [
        'zero places',
        CREATE_APPRENTICESHIP,
        apprenticeshipInput({ places: 0 }),
        'places',
        'CAPACITY_OUT_OF_RANGE',
      ],
      [
        'an unknown trade',
        CREATE_APPRENTICESHIP,
        apprenticeshipInput({ tradeCode: 'astronaut' }),
        'tradeCode',
        'UNKNOWN_TRADE',
      ],
      [
        'a start date in the past',
        CREATE_APPRENTICESHIP,
        apprenticeshipInput({
          startDate: daysFromToday(-1),
          applicationDeadline: daysFromToday(-2),
        }),
        'startDate',
        'DATE_IN_PAST',
      ],
      [
        'negative hours',
        CREATE_SIMPLE_JOB,
        simpleJobInput({ hoursPerWeek: -4 }),
        'hoursPerWeek',
        'HOURS_OUT_OF_RANGE',
      ],
      [
        'zero hours',
        CREATE_SIMPLE_JOB,
        simpleJobInput({ hoursPerWeek: 0 }),
        'hoursPerWeek',
        'HOURS_OUT_OF_RANGE',
      ],
      [
        '41 hours',
        CREATE_SIMPLE_JOB,
        simpleJobInput({ hoursPerWeek: 41 }),
        'hoursPerWeek',
        'HOURS_OUT_OF_RANGE',
      ],
      [
        'a simple job whose deadline is after its start',
        CREATE_SIMPLE_JOB,
        simpleJobInput({ startDate: daysFromToday(20), applicationDeadline: daysFromToday(21) }),
        'applicationDeadline',
        'DEADLINE_AFTER_START',
      ],
      [
        'an adaptation not on the list',
        CREATE_SIMPLE_JOB,
        simpleJobInput({ adaptationsOffered: ['SHORT_DAYS', 'HEATED_SEATS'] }),
        'adaptationsOffered',
        'UNKNOWN_ADAPTATION',
      ],
      [
        'a strength not on the list',
        CREATE_HOSPITERING,
        { ...hospiteringInput(), strengthsSought: ['MIND_READER'] },
        'strengthsSought',
        'UNKNOWN_STRENGTH',
      ],
    ])('refuses %s', async (_label, document, input, field, code) => {
      const before = await rowCounts();
      const result = await employer.graphql(document, { input });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const fieldError = result.errors?.[0]?.extensions?.fieldErrors?.find(
        (error) => error.field === field,
      );
      expect(fieldError?.code).toBe(code);
      // A sentence to show next to the field, not a code.
      expect(fieldError?.message.length).toBeGreaterThan(10);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses negative hours and a deadline after the start on edit too', async () => {
      const job = await create(employer, CREATE_SIMPLE_JOB, 'createSimpleJob', simpleJobInput());
      const before = await rowCounts();
      const result = await employer.graphql(UPDATE, {
        id: job.id,
        input: {
          hoursPerWeek: -1,
          startDate: daysFromToday(20),
          applicationDeadline: daysFromToday(30),
        },
      });
      const fields = result.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.field);
      expect(fields).toContain('hoursPerWeek');
      expect(await rowCounts()).toEqual(before);
      const deadline = await employer.graphql(UPDATE, {
        id: job.id,
        input: { startDate: daysFromToday(20), applicationDeadline: daysFromToday(30) },
      });
      expect(deadline.errors?.[0]?.extensions?.fieldErrors).toEqual([
        expect.objectContaining({ field: 'applicationDeadline', code: 'DEADLINE_AFTER_START' }),
      ]);
      expect(await rowCounts()).toEqual(before);
    });
  });
});
