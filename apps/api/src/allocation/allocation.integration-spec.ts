import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { insertSchool, joinOrganisation, signedInAccount } from '../../test/organisation-fixtures';
import {
  BOOK_SLOT,
  CREATE_HOSPITERING,
  daysFromToday,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
} from '../../test/operations';
import {
  signedInYouths,
  startTestApi,
  type GraphQLResponse,
  type TestApi,
  type TestClient,
} from '../../test/test-api';

const OPEN_ROUND = /* GraphQL */ `
  mutation Open($input: OpenAllocationRoundInput!) {
    openAllocationRound(input: $input) {
      id
      status
      seed
      daysPerPupil
      minChoices
      maxChoices
      slots {
        slotId
        date
        seatsLeft
      }
      pupils {
        youthId
        name
        choicesCount
      }
    }
  }
`;
const ROUNDS = /* GraphQL */ `
  query {
    allocationRounds {
      id
      title
      pupils {
        youthId
        choicesCount
      }
    }
  }
`;
const RANK = /* GraphQL */ `
  mutation Rank($input: RankChoicesInput!) {
    rankAllocationChoices(input: $input) {
      id
      myRanking
      canRank
    }
  }
`;
const MY_ROUNDS = /* GraphQL */ `
  query {
    myAllocationRounds {
      id
      status
      myRanking
      suggestedRanking
      assignedDays {
        slotId
        rank
        date
        reason
        reasonEn
        bookingId
      }
      shortfall
    }
  }
`;
const PREVIEW = /* GraphQL */ `
  query Preview($roundId: ID!) {
    allocationPreview(roundId: $roundId) {
      status
      bookingsCreated
      report {
        seed
        pupils
        pupilsFullyAssigned
        pupilsUnassigned
        blockingPairs
        rankDistribution
        gotFirstChoice
        seatsAssigned
      }
      pupils {
        youthId
        days {
          slotId
          rank
          reason
        }
        shortfall
      }
    }
  }
`;
const PUBLISH_ROUND = /* GraphQL */ `
  mutation Publish($roundId: ID!) {
    publishAllocation(roundId: $roundId) {
      status
      bookingsCreated
      report {
        blockingPairs
        seatsAssigned
        pupilsUnassigned
      }
      pupils {
        youthId
        days {
          slotId
          bookingId
        }
        shortfall
      }
    }
  }
`;

interface Created {
  createHospitering: { id: string; slots: { id: string; date: string }[] };
}
interface Preview {
  status: string;
  bookingsCreated: number;
  report: {
    seed: number;
    pupils: number;
    pupilsFullyAssigned: number;
    pupilsUnassigned: number;
    blockingPairs: number;
    rankDistribution: number[];
    gotFirstChoice: number;
    seatsAssigned: number;
  };
  pupils: {
    youthId: string;
    days: { slotId: string; rank: number; reason: string }[];
    shortfall: string | null;
  }[];
}

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

describe('Allocation rounds', () => {
  let api: TestApi;
  let db: Client;
  let counsellor: { id: string; client: TestClient };
  let otherCounsellor: { id: string; client: TestClient };
  let pupils: { id: string; client: TestClient }[];
  let outsider: { id: string; client: TestClient };
  let walkIn: { id: string; client: TestClient };
  let cohortId: string;
  let slots: { id: string; date: string }[];
  let roundId: string;
  let employer: TestClient;

  const rowCount = async (sql: string, params: unknown[]): Promise<number> =>
    Number((await db.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('fordeling') });
    const made: Created['createHospitering'][] = [];
    for (const [title, tradeCode, capacities] of [
      ['Elektriker for en dag', 'elektriker', [1, 1]],
      ['Frisør for en dag', 'frisor', [2, 2]],
    ] as const) {
      const answer = await employer.graphql<Created>(CREATE_HOSPITERING, {
        input: hospiteringInput({
          title,
          tradeCode,
          slots: [
            {
              date: daysFromToday(14),
              startTime: '09:00',
              endTime: '14:00',
              capacity: capacities[0],
            },
            {
              date: daysFromToday(21),
              startTime: '09:00',
              endTime: '14:00',
              capacity: capacities[1],
            },
          ],
        }),
      });
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      await employer.graphql(PUBLISH, { id: answer.data.createHospitering.id });
      made.push(answer.data.createHospitering);
    }
    slots = made.flatMap((opportunity) => opportunity.slots);

    const school = await insertSchool(db, 'Karuss skole');
    const otherSchool = await insertSchool(db, 'Vågsbygd skole');
    counsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Hilde Karlsen',
    });
    otherCounsellor = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Tor Egeland',
    });
    await joinOrganisation(db, counsellor.id, 'SCHOOL_COUNSELLOR', school);
    await joinOrganisation(db, otherCounsellor.id, 'SCHOOL_COUNSELLOR', otherSchool);
    const cohorts = await db.query<{ id: string }>(
      `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10A', '2026/27'), ($2, '10B', '2026/27') RETURNING id`,
      [school, otherSchool],
    );
    cohortId = cohorts.rows[0]?.id ?? '';
    const youths = await signedInYouths(api, 5);
    pupils = youths.slice(0, 3);
    outsider = youths[3] as { id: string; client: TestClient };
    walkIn = youths[4] as { id: string; client: TestClient };
    await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) SELECT unnest($1::uuid[]), $2`, [
      pupils.map((pupil) => pupil.id),
      cohortId,
    ]);
    await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
      outsider.id,
      cohorts.rows[1]?.id,
    ]);
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('refuses to open a round for someone else, or with bad input, writing nothing', async () => {
    const input = {
      cohortId,
      title: 'Hospitering vår',
      slotIds: slots.map((slot) => slot.id),
      choicesDeadline: daysFromToday(0),
      minChoices: 2,
    };
    expect(codeOf(await otherCounsellor.client.graphql(OPEN_ROUND, { input }))).toBe('NOT_FOUND');
    expect(codeOf((await pupils[0]?.client.graphql(OPEN_ROUND, { input })) ?? {})).toBe(
      'NOT_A_SCHOOL_COUNSELLOR',
    );
    const duplicate = await counsellor.client.graphql(OPEN_ROUND, {
      input: { ...input, slotIds: [slots[0]?.id, slots[0]?.id] },
    });
    expect(codeOf(duplicate)).toBe('INVALID_ROUND');
    expect(duplicate.errors?.[0]?.extensions?.field).toBe('slotIds');
    const late = await counsellor.client.graphql(OPEN_ROUND, {
      input: { ...input, choicesDeadline: daysFromToday(15) },
    });
    expect(late.errors?.[0]?.extensions?.field).toBe('choicesDeadline');
    expect(await rowCount('SELECT count(*) AS n FROM allocation_round', [])).toBe(0);
  });

  it('opens a round with a seed drawn from its id, which the cohort sees', async () => {
    const answer = await counsellor.client.graphql<{
      openAllocationRound: {
        id: string;
        status: string;
        seed: number;
        daysPerPupil: number;
        pupils: unknown[];
      };
    }>(OPEN_ROUND, {
      input: {
        cohortId,
        title: 'Hospitering vår',
        slotIds: slots.map((slot) => slot.id),
        choicesDeadline: daysFromToday(0),
        minChoices: 2,
      },
    });
    expect(answer.errors).toBeUndefined();
    const round = answer.data?.openAllocationRound;
    roundId = round?.id ?? '';
    expect(round).toMatchObject({ status: 'OPEN', daysPerPupil: 2 });
    expect(round?.pupils).toHaveLength(3);
    expect(Number.isInteger(round?.seed)).toBe(true);

    const seen = await pupils[0]?.client.graphql<{ myAllocationRounds: { id: string }[] }>(
      MY_ROUNDS,
    );
    expect(seen?.data?.myAllocationRounds.map((mine) => mine.id)).toEqual([roundId]);
    // A pupil with a profile gets the days ordered by their recommendations; without one, none.
    expect(
      (
        await pupils[1]?.client.graphql(
          `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { tradeCodes } }`,
          { input: { programmeCodes: [], tradeCodes: ['frisor'] } },
        )
      )?.errors,
    ).toBeUndefined();
    const suggested = await pupils[1]?.client.graphql<{
      myAllocationRounds: { suggestedRanking: string[] }[];
    }>(MY_ROUNDS);
    const hairFirst = slots.slice(2).map((slot) => slot.id);
    expect(suggested?.data?.myAllocationRounds[0]?.suggestedRanking.slice(0, 2).sort()).toEqual(
      [...hairFirst].sort(),
    );
    expect(suggested?.data?.myAllocationRounds[0]?.suggestedRanking).toHaveLength(4);
    const none = await pupils[0]?.client.graphql<{
      myAllocationRounds: { suggestedRanking: string[] }[];
    }>(MY_ROUNDS);
    expect(none?.data?.myAllocationRounds[0]?.suggestedRanking).toEqual([]);
    const notMine = await outsider.client.graphql<{ myAllocationRounds: unknown[] }>(MY_ROUNDS);
    expect(notMine.data?.myAllocationRounds).toEqual([]);
    const others = await otherCounsellor.client.graphql<{ allocationRounds: unknown[] }>(ROUNDS);
    expect(others.data?.allocationRounds).toEqual([]);
  });

  it('takes rankings and refuses bad ones with nothing written', async () => {
    const [e14, e21, f14, f21] = slots.map((slot) => slot.id);
    const rank = (
      client: TestClient | undefined,
      slotIds: unknown[],
    ): Promise<GraphQLResponse<unknown>> =>
      client?.graphql(RANK, { input: { roundId, slotIds } }) ?? Promise.resolve({});
    expect(codeOf(await rank(pupils[0]?.client, [e14, e14]))).toBe('INVALID_RANKING');
    expect(codeOf(await rank(pupils[0]?.client, [e14, randomUUID()]))).toBe('INVALID_RANKING');
    expect(codeOf(await rank(pupils[0]?.client, [e14]))).toBe('INVALID_RANKING');
    expect(codeOf(await rank(outsider.client, [e14, e21]))).toBe('NOT_FOUND');
    expect(await rowCount('SELECT count(*) AS n FROM allocation_choice', [])).toBe(0);

    // Everyone wants the electrician; only one seat each day.
    expect((await rank(pupils[0]?.client, [e14, e21, f14, f21])).errors).toBeUndefined();
    expect((await rank(pupils[1]?.client, [e14, e21, f21, f14])).errors).toBeUndefined();
    expect((await rank(pupils[2]?.client, [e21, e14, f14, f21])).errors).toBeUndefined();
    const rounds = await counsellor.client.graphql<{
      allocationRounds: { pupils: { choicesCount: number }[] }[];
    }>(ROUNDS);
    expect(rounds.data?.allocationRounds[0]?.pupils.map((pupil) => pupil.choicesCount)).toEqual([
      4, 4, 4,
    ]);
  });

  it('previews a stable allocation with reasons, the same every time, and audits the reading', async () => {
    expect(codeOf(await otherCounsellor.client.graphql(PREVIEW, { roundId }))).toBe('NOT_FOUND');
    expect(codeOf((await pupils[0]?.client.graphql(PREVIEW, { roundId })) ?? {})).toBe('NOT_FOUND');

    const first = await counsellor.client.graphql<{ allocationPreview: Preview }>(PREVIEW, {
      roundId,
    });
    expect(first.errors).toBeUndefined();
    const preview = first.data?.allocationPreview;
    expect(preview?.report).toMatchObject({
      pupils: 3,
      pupilsFullyAssigned: 3,
      pupilsUnassigned: 0,
      blockingPairs: 0,
      seatsAssigned: 6,
    });
    for (const pupil of preview?.pupils ?? []) {
      expect(pupil.days).toHaveLength(2);
      expect(
        new Set(pupil.days.map((day) => slots.find((slot) => slot.id === day.slotId)?.date)).size,
      ).toBe(2);
      expect(pupil.days[0]?.reason).toMatch(/^Ditt \d\. valg/);
    }
    const again = await counsellor.client.graphql<{ allocationPreview: Preview }>(PREVIEW, {
      roundId,
    });
    expect(again.data?.allocationPreview).toEqual(preview);
    expect(await rowCount('SELECT count(*) AS n FROM booking', [])).toBe(0);
    expect(
      await rowCount(
        `SELECT count(*) AS n FROM audit_event WHERE actor_id = $1 AND youth_id = ANY($2::uuid[]) AND action = 'VIEW_BOOKINGS' AND outcome = 'ALLOWED'`,
        [counsellor.id, pupils.map((pupil) => pupil.id)],
      ),
    ).toBe(6);
  });

  it('publishes through the seat guard: a seat taken since the preview is re-run, never overbooked', async () => {
    const [e14] = slots.map((slot) => slot.id);
    // A pupil outside the round takes the electrician's only seat on day 14 after the preview.
    const taken = await walkIn.client.graphql(BOOK_SLOT, {
      input: { slotId: e14, idempotencyKey: randomUUID() },
    });
    expect(taken.errors).toBeUndefined();

    const answer = await counsellor.client.graphql<{
      publishAllocation: {
        status: string;
        bookingsCreated: number;
        report: { blockingPairs: number; seatsAssigned: number; pupilsUnassigned: number };
        pupils: {
          youthId: string;
          days: { slotId: string; bookingId: string | null }[];
          shortfall: string | null;
        }[];
      };
    }>(PUBLISH_ROUND, { roundId });
    expect(answer.errors).toBeUndefined();
    const published = answer.data?.publishAllocation;
    expect(published?.status).toBe('PUBLISHED');
    expect(published?.report.blockingPairs).toBe(0);
    // 5 seats were left (6 minus the one just taken): 5 bookings, one pupil one day short.
    expect(published?.bookingsCreated).toBe(5);
    expect(published?.pupils.flatMap((pupil) => pupil.days).some((day) => day.slotId === e14)).toBe(
      false,
    );
    expect(published?.pupils.filter((pupil) => pupil.shortfall !== null)).toHaveLength(1);

    const overbooked = await db.query(
      `SELECT s.id FROM slot s WHERE s.seats_booked > s.capacity
          OR s.seats_booked <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status IN ('REQUESTED', 'CONFIRMED'))`,
    );
    expect(overbooked.rows).toEqual([]);
    const booked = await db.query<{ youth_id: string; booked_by: string }>(
      `SELECT youth_id, booked_by FROM booking WHERE youth_id = ANY($1::uuid[])`,
      [pupils.map((pupil) => pupil.id)],
    );
    expect(booked.rows).toHaveLength(5);
    expect(booked.rows.every((row) => row.booked_by === counsellor.id)).toBe(true);
    expect(
      await rowCount(
        `SELECT count(*) AS n FROM notification WHERE kind = 'ALLOCATION_PUBLISHED' AND account_id = ANY($1::uuid[])`,
        [pupils.map((pupil) => pupil.id)],
      ),
    ).toBe(3);
    expect(
      await rowCount(
        `SELECT count(*) AS n FROM audit_event WHERE actor_id = $1 AND action = 'BOOK_ON_BEHALF'`,
        [counsellor.id],
      ),
    ).toBe(3);
  });

  it('publishes once: a second publish books nothing and says so', async () => {
    const before = await rowCount('SELECT count(*) AS n FROM booking', []);
    expect(codeOf(await counsellor.client.graphql(PUBLISH_ROUND, { roundId }))).toBe(
      'ALREADY_PUBLISHED',
    );
    expect(codeOf(await otherCounsellor.client.graphql(PUBLISH_ROUND, { roundId }))).toBe(
      'NOT_FOUND',
    );
    expect(await rowCount('SELECT count(*) AS n FROM booking', [])).toBe(before);
    const [e14, e21] = slots.map((slot) => slot.id);
    expect(
      codeOf(
        (await pupils[0]?.client.graphql(RANK, { input: { roundId, slotIds: [e21, e14] } })) ?? {},
      ),
    ).toBe('ALREADY_PUBLISHED');
  });

  it('shows each pupil their days with reasons', async () => {
    for (const pupil of pupils) {
      const answer = await pupil.client.graphql<{
        myAllocationRounds: {
          status: string;
          assignedDays: {
            rank: number;
            reason: string;
            reasonEn: string;
            bookingId: string | null;
          }[];
          shortfall: string | null;
        }[];
      }>(MY_ROUNDS);
      const round = answer.data?.myAllocationRounds[0];
      expect(round?.status).toBe('PUBLISHED');
      expect(round?.assignedDays.length).toBe(round?.shortfall ? 1 : 2);
      for (const day of round?.assignedDays ?? []) {
        expect(day.reason).toMatch(/^Ditt \d\. valg/);
        expect(day.reasonEn).toMatch(/^Your choice no\. \d/);
        expect(day.bookingId).toEqual(expect.any(String));
      }
    }
  });
  it('publishes once even when two publishes race, and skips dates a pupil is already booked', async () => {
    const answer = await employer.graphql<Created>(CREATE_HOSPITERING, {
      input: hospiteringInput({
        title: 'Snekker for en dag',
        slots: [
          { date: daysFromToday(28), startTime: '09:00', endTime: '14:00', capacity: 3 },
          { date: daysFromToday(35), startTime: '09:00', endTime: '14:00', capacity: 3 },
          { date: daysFromToday(42), startTime: '09:00', endTime: '14:00', capacity: 3 },
        ],
      }),
    });
    const fresh = answer.data?.createHospitering;
    await employer.graphql(PUBLISH, { id: fresh?.id });
    const [d28, d35, d42] = (fresh?.slots ?? []).map((slot) => slot.id);
    const opened = await counsellor.client.graphql<{ openAllocationRound: { id: string } }>(
      OPEN_ROUND,
      {
        input: {
          cohortId,
          title: 'Hospitering høst',
          slotIds: [d28, d35, d42],
          choicesDeadline: daysFromToday(0),
          minChoices: 2,
        },
      },
    );
    const second = opened.data?.openAllocationRound.id ?? '';
    // Pupil 0 books day 28 on their own before the round is published.
    await pupils[0]?.client.graphql(BOOK_SLOT, {
      input: { slotId: d28, idempotencyKey: randomUUID() },
    });
    for (const pupil of pupils) {
      await pupil.client.graphql(RANK, { input: { roundId: second, slotIds: [d28, d35, d42] } });
    }
    const before = await rowCount('SELECT count(*) AS n FROM booking', []);
    const results = await Promise.all([
      counsellor.client.graphql<{ publishAllocation: { bookingsCreated: number } }>(PUBLISH_ROUND, {
        roundId: second,
      }),
      counsellor.client.graphql<{ publishAllocation: { bookingsCreated: number } }>(PUBLISH_ROUND, {
        roundId: second,
      }),
    ]);
    const won = results.filter((result) => result.errors === undefined);
    expect(won).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['ALREADY_PUBLISHED']);
    expect(won[0]?.data?.publishAllocation.bookingsCreated).toBe(6);
    expect(await rowCount('SELECT count(*) AS n FROM booking', [])).toBe(before + 6);
    const pupil0 = await db.query<{ slot_id: string }>(
      `SELECT slot_id FROM booking WHERE youth_id = $1 AND slot_id = ANY($2::uuid[]) AND status <> 'CANCELLED' ORDER BY slot_date`,
      [pupils[0]?.id, [d28, d35, d42]],
    );
    // Their own booking on day 28 stays; the round gave them the two other dates.
    expect(pupil0.rows.map((row) => row.slot_id)).toEqual([d28, d35, d42]);
  });
});
