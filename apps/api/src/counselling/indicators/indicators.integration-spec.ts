import { Client } from 'pg';
import { Clock } from '../../common/clock';
import {
  insertNavOffice,
  insertSchool,
  signedInAccount,
} from '../../../test/organisation-fixtures';
import { startTestApi, type TestApi, type TestClient } from '../../../test/test-api';

const INDICATORS = `query {
  programmeIndicators {
    schoolYear requiredDays caseloadMax months
    hospitering { month pupils bookedRequired attendedRequired }
    proposals { month made accepted }
    placements { month total byKind { kind count } }
    timeToOffer { month youths medianDays }
    coordinatorLoad { month activeCaseloads coordinators averagePerCoordinator maxPerCoordinator overMax }
    totals {
      pupils bookedRequired attendedRequired bookedShare attendedShare proposalsMade
      proposalsAccepted placements youthsWithOffer medianDaysToOffer activeCaseloads coordinators
      averagePerCoordinator maxPerCoordinator overMax
    }
    schools { schoolName pupils { value display } bookedRequired { value display } attendedRequired { value display } }
  }
}`;
const INDICATORS_CSV = `query { programmeIndicatorsCsv }`;

interface Point {
  month: string;
}
interface Indicators {
  schoolYear: string;
  requiredDays: number;
  caseloadMax: number;
  months: string[];
  hospitering: (Point & { pupils: number; bookedRequired: number; attendedRequired: number })[];
  proposals: (Point & { made: number; accepted: number })[];
  placements: (Point & { total: number; byKind: { kind: string; count: number }[] })[];
  timeToOffer: (Point & { youths: number; medianDays: number | null })[];
  coordinatorLoad: (Point & {
    activeCaseloads: number;
    coordinators: number;
    averagePerCoordinator: number;
    maxPerCoordinator: number;
    overMax: number;
  })[];
  totals: Record<string, number | null>;
  schools: {
    schoolName: string;
    pupils: { value: number | null; display: string };
    bookedRequired: { value: number | null; display: string };
    attendedRequired: { value: number | null; display: string };
  }[];
}

/** The value of `figure` in `month` from a series, for compact expectations. */
function series<T extends Point>(points: T[], pick: (point: T) => number | null) {
  return Object.fromEntries(points.map((point) => [point.month, pick(point)]));
}

/**
 * A small, fully controlled programme: two schools' pupils and their bookings, four young people
 * outside school with intake, caseloads, proposals (with events) and an application, two
 * coordinators with a caseload maximum of 1. The clock stands at 15 June 2026.
 */
describe('Programme indicators', () => {
  let api: TestApi;
  let db: Client;
  let admin: TestClient;
  let coordinator: TestClient;
  let youthClient: TestClient;
  const youthIds: string[] = [];

  const account = async (role: string, name: string): Promise<string> => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO account (email, display_name, role) VALUES ($1, $2, $3) RETURNING id`,
      [`${name.toLowerCase().replace(/\s/g, '.')}@indikator.example`, name, role],
    );
    return rows[0]?.id ?? '';
  };
  const youth = async (name: string) => {
    const id = await account('YOUTH', name);
    youthIds.push(id);
    return id;
  };
  let employerId = '';
  const opportunity = async (kind: string, title: string): Promise<string> => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO opportunity (employer_id, kind, status, title, description, tasks, practical_info,
         programme_code, trade_code, street, postal_code, postal_place, municipality_code, latitude,
         longitude, published_at, places, start_date, hours_per_week)
       VALUES ($1, $2, 'PUBLISHED', $3, '', '', '', 'HO', 'frisor', 'Gata 1', '4611',
         'Kristiansand S', '4204', 58.1464, 7.9932, now(),
         CASE WHEN $2 = 'APPRENTICESHIP' THEN 2 END, CASE WHEN $2 = 'APPRENTICESHIP' THEN '2026-08-15'::date END,
         CASE WHEN $2 = 'SIMPLE_JOB' THEN 6 END)
       RETURNING id`,
      [employerId, kind, title],
    );
    return rows[0]?.id ?? '';
  };

  beforeAll(async () => {
    api = await startTestApi({ CASELOAD_MAX: '1', REQUIRED_HOSPITERING_DAYS: '2' });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-06-15T10:00:00Z'));
    admin = (await signedInAccount(api, db, { role: 'ADMIN', displayName: 'Programledelsen' }))
      .client;
    const c1 = await signedInAccount(api, db, {
      role: 'COUNSELLOR',
      displayName: 'Koordinator En',
    });
    coordinator = c1.client;
    const c2 = await account('COUNSELLOR', 'Koordinator To');
    youthClient = (await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Ung Selv' }))
      .client;
    const office = await insertNavOffice(db, 'NAV Test');
    const { rows: employers } = await db.query<{ id: string }>(
      `INSERT INTO employer (name, organisation_number) VALUES ('Testbedrift', '999888777') RETURNING id`,
    );
    employerId = employers[0]?.id ?? '';

    // Pupils: six at Nord, two at Sør, all in 2025/26 cohorts.
    const nord = await insertSchool(db, 'Nord skole');
    const sor = await insertSchool(db, 'Sør skole');
    const cohort = async (schoolId: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10A', '2025/26') RETURNING id`,
          [schoolId],
        )
      ).rows[0]?.id ?? '';
    const nordCohort = await cohort(nord);
    const sorCohort = await cohort(sor);
    const pupils: string[] = [];
    for (let index = 0; index < 8; index++) {
      const id = await youth(`Elev ${String(index + 1)}`);
      pupils.push(id);
      await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
        id,
        index < 6 ? nordCohort : sorCohort,
      ]);
    }
    const hospitering = await opportunity('HOSPITERING', 'Hospitering i salong');
    const slots = new Map<string, string>();
    for (const date of ['2026-03-10', '2026-03-11', '2026-05-05', '2026-05-06']) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO slot (opportunity_id, date, start_time, end_time, capacity, seats_booked)
         VALUES ($1, $2, '09:00', '14:00', 10, 0) RETURNING id`,
        [hospitering, date],
      );
      slots.set(date, rows[0]?.id ?? '');
    }
    const book = (pupil: number, date: string, status: string, createdAt: string) =>
      db.query(
        `INSERT INTO booking (slot_id, youth_id, slot_date, status, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [slots.get(date), pupils[pupil], date, status, createdAt],
      );
    // Elev 1: both days booked in February, attended in March.
    await book(0, '2026-03-10', 'ATTENDED', '2026-02-01T10:00:00Z');
    await book(0, '2026-03-11', 'ATTENDED', '2026-02-01T10:05:00Z');
    // Elev 2: two days booked in April, not yet attended.
    await book(1, '2026-05-05', 'CONFIRMED', '2026-04-20T10:00:00Z');
    await book(1, '2026-05-06', 'REQUESTED', '2026-04-20T10:05:00Z');
    // Elev 3: one day attended, the other cancelled: one day only.
    await book(2, '2026-03-10', 'ATTENDED', '2026-02-10T10:00:00Z');
    await book(2, '2026-03-11', 'CANCELLED', '2026-02-10T10:05:00Z');
    // Elev 4: one day and a waitlist place: one seat only.
    await book(3, '2026-05-05', 'WAITLISTED', '2026-04-01T10:00:00Z');
    await book(3, '2026-05-06', 'CONFIRMED', '2026-04-01T10:05:00Z');
    // Elev 7 (Sør): both booked in January, one attended, one missed.
    await book(6, '2026-03-10', 'ATTENDED', '2026-01-15T10:00:00Z');
    await book(6, '2026-03-11', 'NO_SHOW', '2026-01-15T10:05:00Z');

    // Young people outside school.
    const y1 = await youth('Ung En');
    const y2 = await youth('Ung To');
    const y3 = await youth('Ung Tre');
    const y4 = await youth('Ung Fire');
    const caseload = (youthId: string, coordinatorId: string, started: string, ended?: string) =>
      db.query(
        `INSERT INTO caseload (youth_id, coordinator_id, nav_office_id, started_at, ended_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [youthId, coordinatorId, office, started, ended ?? null],
      );
    await caseload(y1, c1.id, '2026-01-10T09:00:00Z');
    await caseload(y2, c1.id, '2026-01-20T09:00:00Z', '2026-04-15T09:00:00Z');
    await caseload(y3, c2, '2026-03-05T09:00:00Z');
    const intake = (youthId: string, createdAt: string) =>
      db.query(
        `INSERT INTO intake_request (youth_id, answers, priority, status, nav_office_id, created_at)
         VALUES ($1, '{}'::jsonb, 'NORMAL', 'ROUTED', $2, $3)`,
        [youthId, office, createdAt],
      );
    await intake(y1, '2026-01-05T10:00:00Z');
    await intake(y4, '2026-04-01T08:00:00Z');

    const apprenticeship = await opportunity('APPRENTICESHIP', 'Lærling som frisør');
    const simpleJob = await opportunity('SIMPLE_JOB', 'Enkel jobb i salong');
    const workTrial = await opportunity('WORK_TRIAL', 'Arbeidstrening i salong');
    const propose = async (
      youthId: string,
      opportunityId: string,
      status: string,
      createdAt: string,
      events: [string, string][],
      placedAt?: string,
    ) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO match_proposal (youth_id, opportunity_id, counsellor_id, message, status, created_at, placed_at)
         VALUES ($1, $2, $3, 'Denne passer deg', $4, $5, $6) RETURNING id`,
        [youthId, opportunityId, c1.id, status, createdAt, placedAt ?? null],
      );
      for (const [eventStatus, at] of [['PROPOSED', createdAt], ...events]) {
        await db.query(
          `INSERT INTO match_proposal_event (proposal_id, status, actor_role, at) VALUES ($1, $2, 'COUNSELLOR', $3)`,
          [rows[0]?.id, eventStatus, at],
        );
      }
    };
    await propose(
      y1,
      apprenticeship,
      'PLACED',
      '2026-02-04T10:00:00Z',
      [
        ['ACCEPTED', '2026-02-06T10:00:00Z'],
        ['EMPLOYER_ACCEPTED', '2026-02-10T10:00:00Z'],
        ['PLACED', '2026-05-20T10:00:00Z'],
      ],
      '2026-05-20T10:00:00Z',
    );
    await propose(y1, simpleJob, 'DECLINED', '2026-03-01T10:00:00Z', [
      ['DECLINED', '2026-03-02T10:00:00Z'],
    ]);
    await propose(y3, workTrial, 'ACCEPTED', '2026-03-25T10:00:00Z', [
      ['ACCEPTED', '2026-04-02T10:00:00Z'],
    ]);
    // 00:30 on 1 February in Norway: February, not January.
    await propose(y2, simpleJob, 'PROPOSED', '2026-01-31T23:30:00Z', []);
    // Before the window and before Ung Tre's first contact: counts nowhere.
    await propose(y3, apprenticeship, 'WITHDRAWN', '2025-05-01T10:00:00Z', [
      ['WITHDRAWN', '2025-05-02T10:00:00Z'],
    ]);

    // Ung Fire: offered a simple job on 20 April, accepted it on 25 April.
    const { rows: applications } = await db.query<{ id: string }>(
      `INSERT INTO application (opportunity_id, youth_id, motivation, status, applied_at)
       VALUES ($1, $2, 'Jeg liker å jobbe med folk.', 'ACCEPTED', '2026-04-10T10:00:00Z') RETURNING id`,
      [simpleJob, y4],
    );
    const change = (from: string | null, to: string, at: string, role: string) =>
      db.query(
        `INSERT INTO application_status_change (application_id, from_status, to_status, changed_by_role, changed_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [applications[0]?.id, from, to, role, at],
      );
    await change(null, 'RECEIVED', '2026-04-10T10:00:00Z', 'YOUTH');
    await change('RECEIVED', 'OFFERED', '2026-04-20T10:00:00Z', 'EMPLOYER');
    await change('OFFERED', 'ACCEPTED', '2026-04-25T10:00:00Z', 'YOUTH');
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const load = async (): Promise<Indicators> => {
    const answer = await admin.graphql<{ programmeIndicators: Indicators }>(INDICATORS);
    expect(answer.errors).toBeUndefined();
    const indicators = answer.data?.programmeIndicators;
    if (!indicators) throw new Error('no indicators');
    return indicators;
  };

  it('covers the 12 months up to this one, in Norway', async () => {
    const indicators = await load();
    expect(indicators.months).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(indicators).toMatchObject({ schoolYear: '2025/26', requiredDays: 2, caseloadMax: 1 });
  });

  it('counts pupils with two days booked (seat-holding, distinct dates) and attended, by month end', async () => {
    const { hospitering, totals } = await load();
    expect(series(hospitering, (point) => point.pupils)).toMatchObject({
      '2025-07': 0,
      '2025-08': 8,
      '2026-06': 8,
    });
    expect(series(hospitering, (point) => point.bookedRequired)).toEqual({
      '2025-07': 0,
      '2025-08': 0,
      '2025-09': 0,
      '2025-10': 0,
      '2025-11': 0,
      '2025-12': 0,
      '2026-01': 1,
      '2026-02': 2,
      '2026-03': 2,
      '2026-04': 3,
      '2026-05': 3,
      '2026-06': 3,
    });
    expect(series(hospitering, (point) => point.attendedRequired)).toMatchObject({
      '2026-02': 0,
      '2026-03': 1,
      '2026-06': 1,
    });
    expect(totals).toMatchObject({
      pupils: 8,
      bookedRequired: 3,
      bookedShare: 37.5,
      attendedRequired: 1,
      attendedShare: 12.5,
    });
  });

  it('hides counts from 1 to 4 in the breakdown by school, and shows 0 and 5 up', async () => {
    const { schools } = await load();
    expect(schools).toEqual([
      {
        schoolName: 'Nord skole',
        pupils: { value: 6, display: '6' },
        bookedRequired: { value: null, display: '<5' },
        attendedRequired: { value: null, display: '<5' },
      },
      {
        schoolName: 'Sør skole',
        pupils: { value: null, display: '<5' },
        bookedRequired: { value: null, display: '<5' },
        attendedRequired: { value: 0, display: '0' },
      },
    ]);
  });

  it('counts proposals made and accepted per month', async () => {
    const { proposals, totals } = await load();
    expect(series(proposals, (point) => point.made)).toMatchObject({
      '2026-01': 0,
      '2026-02': 2,
      '2026-03': 2,
      '2026-04': 0,
    });
    expect(series(proposals, (point) => point.accepted)).toMatchObject({
      '2026-02': 1,
      '2026-03': 0,
      '2026-04': 1,
    });
    expect(totals).toMatchObject({ proposalsMade: 4, proposalsAccepted: 2 });
  });

  it('counts placements by kind: proposals placed and applications accepted', async () => {
    const { placements, totals } = await load();
    const kinds = (month: string) =>
      Object.fromEntries(
        (placements.find((point) => point.month === month)?.byKind ?? []).map((entry) => [
          entry.kind,
          entry.count,
        ]),
      );
    expect(kinds('2026-04')).toEqual({
      APPRENTICESHIP: 0,
      SIMPLE_JOB: 1,
      TRAINEE: 0,
      WORK_TRIAL: 0,
      HOSPITERING: 0,
    });
    expect(kinds('2026-05')).toMatchObject({ APPRENTICESHIP: 1, SIMPLE_JOB: 0 });
    expect(series(placements, (point) => point.total)).toMatchObject({
      '2026-03': 0,
      '2026-04': 1,
      '2026-05': 1,
    });
    expect(totals.placements).toBe(2);
  });

  it('takes the median of days from first contact to the first offer after it, by month of the offer', async () => {
    const { timeToOffer, totals } = await load();
    // February: 30 days (intake 5 Jan → 4 Feb) and 12 (caseload 20 Jan → 1 Feb in Norway).
    expect(series(timeToOffer, (point) => point.medianDays)).toMatchObject({
      '2026-01': null,
      '2026-02': 21,
      '2026-03': 20,
      '2026-04': 19,
      '2026-05': null,
    });
    expect(series(timeToOffer, (point) => point.youths)).toMatchObject({
      '2026-02': 2,
      '2026-03': 1,
      '2026-04': 1,
    });
    expect(totals).toMatchObject({ youthsWithOffer: 4, medianDaysToOffer: 19.5 });
  });

  it("shows coordinators' load at each month's end against the maximum", async () => {
    const { coordinatorLoad, totals } = await load();
    const at = (month: string) => coordinatorLoad.find((point) => point.month === month);
    expect(at('2025-12')).toMatchObject({ activeCaseloads: 0, coordinators: 0, overMax: 0 });
    expect(at('2026-01')).toMatchObject({
      activeCaseloads: 2,
      coordinators: 1,
      averagePerCoordinator: 2,
      maxPerCoordinator: 2,
      overMax: 1,
    });
    expect(at('2026-03')).toMatchObject({
      activeCaseloads: 3,
      coordinators: 2,
      averagePerCoordinator: 1.5,
      maxPerCoordinator: 2,
      overMax: 1,
    });
    expect(at('2026-04')).toMatchObject({ activeCaseloads: 2, coordinators: 2, overMax: 0 });
    expect(totals).toMatchObject({
      activeCaseloads: 2,
      coordinators: 2,
      averagePerCoordinator: 1,
      maxPerCoordinator: 1,
      overMax: 0,
    });
  });

  it('gives CSV with exactly the figures of the page, and no young person in either', async () => {
    const indicators = await load();
    const answer = await admin.graphql<{ programmeIndicatorsCsv: string }>(INDICATORS_CSV);
    expect(answer.errors).toBeUndefined();
    const csv = answer.data?.programmeIndicatorsCsv ?? '';
    expect(csv.startsWith('\uFEFFIndikator;Utvalg;Måned;Verdi\r\n')).toBe(true);
    const rows = new Map(
      csv
        .slice(1)
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => {
          const [figure, group, month, value] = line.split(';');
          return [`${figure ?? ''}|${group ?? ''}|${month ?? ''}`, value ?? ''] as const;
        }),
    );
    const number = (value: number | null) =>
      value === null ? '' : String(value).replace('.', ',');
    const all = (figure: string, month: string) => rows.get(`${figure}|Hele programmet|${month}`);
    for (const point of indicators.hospitering) {
      expect(all('Elever på 10. trinn', point.month)).toBe(number(point.pupils));
      expect(all('Elever med 2 dager booket', point.month)).toBe(number(point.bookedRequired));
      expect(all('Elever med 2 dager gjennomført', point.month)).toBe(
        number(point.attendedRequired),
      );
    }
    for (const point of indicators.proposals) {
      expect(all('Forslag gitt', point.month)).toBe(number(point.made));
      expect(all('Forslag takket ja til', point.month)).toBe(number(point.accepted));
    }
    for (const point of indicators.placements) {
      expect(all('Plasseringer i alt', point.month)).toBe(number(point.total));
    }
    expect(all('Plassert: Lærlingplass', '2026-05')).toBe('1');
    expect(all('Plassert: Enkel jobb', '2026-04')).toBe('1');
    for (const point of indicators.timeToOffer) {
      expect(all('Median dager til første tilbud', point.month)).toBe(number(point.medianDays));
    }
    for (const point of indicators.coordinatorLoad) {
      expect(all('Unge i aktiv oppfølging', point.month)).toBe(number(point.activeCaseloads));
      expect(all('Snitt per koordinator', point.month)).toBe(number(point.averagePerCoordinator));
      expect(all('Koordinatorer over 1', point.month)).toBe(number(point.overMax));
    }
    expect(all('Snitt per koordinator', '2026-03')).toBe('1,5');
    expect(all('Median dager til første tilbud', 'Siste 12 måneder')).toBe('19,5');
    expect(all('Andel med 2 dager booket (%)', 'Nå')).toBe('37,5');
    expect(rows.get('Elever med 2 dager booket|Nord skole|2025/26')).toBe('<5');
    expect(rows.get('Elever på 10. trinn|Nord skole|2025/26')).toBe('6');

    const answers = JSON.stringify(indicators) + csv;
    for (const id of youthIds) expect(answers).not.toContain(id);
    expect(answers).not.toMatch(/Elev \d|Ung (En|To|Tre|Fire)/);
  });

  it('refuses everyone but programme admins, alike', async () => {
    for (const client of [coordinator, youthClient]) {
      for (const query of [INDICATORS, INDICATORS_CSV]) {
        const answer = await client.graphql(query);
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await api.client().graphql(INDICATORS_CSV);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
