import { Client } from 'pg';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  SEARCH,
  SIGN_UP,
} from '../../test/operations';

describe('Bad input', () => {
  let api: TestApi;
  let employer: TestClient;
  let db: Client;

  const rowCounts = async () => {
    const { rows } = await db.query<{
      opportunities: string;
      slots: string;
      outbox: string;
      employers: string;
      accounts: string;
      sessions: string;
    }>(
      `SELECT (SELECT count(*) FROM opportunity) AS opportunities, (SELECT count(*) FROM slot) AS slots,
              (SELECT count(*) FROM outbox_event) AS outbox, (SELECT count(*) FROM employer) AS employers,
              (SELECT count(*) FROM account) AS accounts, (SELECT count(*) FROM session) AS sessions`,
    );
    return rows[0];
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    expect(
      (await employer.graphql(SIGN_UP, { input: employerSignUp('bad') })).errors,
    ).toBeUndefined();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const validSlot = { date: daysFromToday(10), startTime: '09:00', endTime: '14:00', capacity: 3 };
  const address = hospiteringInput().address;

  it.each([
    ['an empty title', { title: '   ' }, 'title', 'REQUIRED'],
    ['a too long title', { title: 'x'.repeat(121) }, 'title', 'TOO_LONG'],
    ['an oversized description', { description: 'ø'.repeat(4001) }, 'description', 'TOO_LONG'],
    ['oversized tasks', { tasks: 'a'.repeat(2001) }, 'tasks', 'TOO_LONG'],
    ['oversized practical info', { practicalInfo: 'a'.repeat(2001) }, 'practicalInfo', 'TOO_LONG'],
    ['an unknown trade code', { tradeCode: 'astronaut' }, 'tradeCode', 'UNKNOWN_TRADE'],
    [
      'a slot in the past',
      { slots: [{ ...validSlot, date: daysFromToday(-1) }] },
      'slots.0.date',
      'DATE_IN_PAST',
    ],
    [
      'a date that does not exist',
      { slots: [{ ...validSlot, date: '2027-02-30' }] },
      'slots.0.date',
      'INVALID_DATE',
    ],
    [
      'capacity 0',
      { slots: [validSlot, { ...validSlot, date: daysFromToday(11), capacity: 0 }] },
      'slots.1.capacity',
      'CAPACITY_OUT_OF_RANGE',
    ],
    [
      'capacity 501',
      { slots: [{ ...validSlot, capacity: 501 }] },
      'slots.0.capacity',
      'CAPACITY_OUT_OF_RANGE',
    ],
    [
      'an end before the start',
      { slots: [{ ...validSlot, startTime: '14:00', endTime: '09:00' }] },
      'slots.0.endTime',
      'END_BEFORE_START',
    ],
    [
      'a malformed time',
      { slots: [{ ...validSlot, startTime: '9' }] },
      'slots.0.startTime',
      'INVALID_TIME',
    ],
    ['no slots', { slots: [] }, 'slots', 'REQUIRED'],
    [
      'two slots on one date',
      { slots: [validSlot, validSlot] },
      'slots.1.date',
      'DUPLICATE_SLOT_DATE',
    ],
    [
      'a municipality outside Agder',
      { address: { ...address, municipalityCode: '0301' } },
      'address.municipalityCode',
      'UNKNOWN_MUNICIPALITY',
    ],
    [
      'a malformed postal code',
      { address: { ...address, postalCode: '46' } },
      'address.postalCode',
      'INVALID_POSTAL_CODE',
    ],
    [
      'an oversized street',
      { address: { ...address, street: 's'.repeat(121) } },
      'address.street',
      'TOO_LONG',
    ],
  ])('refuses %s with a field error and writes nothing', async (_label, override, field, code) => {
    const before = await rowCounts();
    const result = await employer.graphql(CREATE_HOSPITERING, {
      input: hospiteringInput(override),
    });
    expect(result.data ?? null).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fieldErrors).toContainEqual(expect.objectContaining({ field, code }));
    const message =
      error?.extensions?.fieldErrors?.find((fieldError) => fieldError.field === field)?.message ??
      '';
    expect(message.length).toBeGreaterThan(10);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses more than 500 seats at GraphQL level before any write, for every field at once', async () => {
    const before = await rowCounts();
    const result = await employer.graphql(CREATE_HOSPITERING, {
      input: hospiteringInput({
        title: '',
        tradeCode: 'nope',
        slots: [{ ...validSlot, capacity: 9999 }],
      }),
    });
    const fields = result.errors?.[0]?.extensions?.fieldErrors?.map(
      (fieldError) => fieldError.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['title', 'tradeCode', 'slots.0.capacity']));
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    [
      'an invalid organisasjonsnummer',
      { organisationNumber: '123456789' },
      'employer.organisationNumber',
      'INVALID_ORGANISATION_NUMBER',
    ],
    [
      'letters in the organisasjonsnummer',
      { organisationNumber: '98765432A' },
      'employer.organisationNumber',
      'INVALID_ORGANISATION_NUMBER',
    ],
    ['an empty employer name', { name: '' }, 'employer.name', 'REQUIRED'],
  ])('refuses an employer sign-up with %s', async (_label, override, field, code) => {
    const before = await rowCounts();
    const input = employerSignUp('x');
    const result = await api
      .client()
      .graphql(SIGN_UP, { input: { ...input, employer: { ...input.employer, ...override } } });
    expect(result.errors?.[0]?.extensions?.fieldErrors).toContainEqual(
      expect.objectContaining({ field, code }),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a malformed search cursor and out-of-range paging', async () => {
    const anonymous = api.client();
    const cursor = await anonymous.graphql(SEARCH, { input: { after: 'not-a-cursor!' } });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const page = await anonymous.graphql(SEARCH, { input: { first: 1000 } });
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const query = await anonymous.graphql(SEARCH, { input: { query: 'q'.repeat(201) } });
    expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const trade = await anonymous.graphql(SEARCH, { input: { tradeCodes: ['"] OR kind IN ["x'] } });
    expect(trade.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tradeCodes',
    });
  });
});
