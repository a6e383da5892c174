import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isObjectType,
  parse,
  printSchema,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLObjectType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { ACTORS, type ActorName } from '../test/authorization/actors';
import {
  describeOutcome,
  leaksIn,
  outcomeOf,
  valuesAt,
  type Outcome,
} from '../test/authorization/judge';
import { MATRIX, type CaseContext, type MatrixCase } from '../test/authorization/matrix';
import { buildWorld, type World } from '../test/authorization/world';
import { startTestApi, type TestApi } from '../test/test-api';

/**
 * Issue 4 §4: every GraphQL operation of the schema, against anonymous, every role and a member of
 * another organisation. The table is apps/api/test/authorization/matrix.ts; the schema decides
 * which rows must exist.
 */
describe('Authorization matrix', () => {
  let api: TestApi;
  let db: Client;
  let world: World;
  const report: string[] = [];
  /** `Type.field` for every field with a resolver of its own (@ResolveField), outside the roots. */
  let ownResolvers: string[] = [];

  beforeAll(async () => {
    // Every row that needs a young person in the coordinator's caseload adds one; the maximum
    // itself is the intake spec's subject, so here it is out of the way.
    api = await startTestApi({ CASELOAD_MAX: '200' });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const schema = api.app.get(GraphQLSchemaHost).schema;
    // Read before the first request: Apollo wraps every resolver once a plugin watches fields.
    const roots = new Set(
      [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
        (type) => type?.name,
      ),
    );
    ownResolvers = Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
      )
      .filter((type) => !roots.has(type.name))
      .flatMap((type) =>
        Object.values(type.getFields())
          // Plain properties get Nest's generic `rootFieldResolver`; @ResolveField methods their own.
          .filter(
            (field) => field.resolve !== undefined && field.resolve.name !== 'rootFieldResolver',
          )
          .map((field) => `${type.name}.${field.name}`),
      );
    world = await buildWorld(api, db);
  }, 180_000);

  afterAll(async () => {
    // AUTHZ_MATRIX_REPORT=<file>: every actor's answer per row, for a reviewer (and the schema beside it).
    const reportFile = process.env.AUTHZ_MATRIX_REPORT;
    if (reportFile) {
      writeFileSync(reportFile, report.join('\n'));
      writeFileSync(`${reportFile}.graphql`, printSchema(api.app.get(GraphQLSchemaHost).schema));
    }
    await db.end();
    await api.close();
  });

  const context = (actor: ActorName): CaseContext => ({
    world,
    actor,
    id: (name) => world.actors.id(name),
  });

  /** Runs one row for one actor; returns what went wrong (empty when it matches the table). */
  const runFor = async (
    operation: string,
    row: MatrixCase,
    actor: ActorName,
  ): Promise<string[]> => {
    const variables = row.variables ? await row.variables(context(actor)) : {};
    const client = row.standIn
      ? await world.fresh.standIn(actor)
      : await world.actors.client(actor);
    const answer = await client.graphql(row.document, variables);
    const field = operation.split('.')[1] ?? '';
    const outcome: Outcome = outcomeOf(answer, row.path ?? field, row.tolerate, row.refusedAs);
    const expected = row.allowed.includes(actor) ? 'allowed' : 'denied';
    report.push(
      `${operation} | ${row.what} | ${actor} | expected ${expected} | ${describeOutcome(outcome)}`,
    );
    const problems: string[] = [];
    if (outcome.kind === 'error') {
      problems.push(`${actor}: neither allowed nor refused: ${describeOutcome(outcome)}`);
    } else if (expected === 'allowed' && outcome.kind !== 'data') {
      problems.push(`${actor}: should be allowed, got ${describeOutcome(outcome)}`);
    } else if (expected === 'denied' && outcome.kind === 'data') {
      problems.push(`${actor}: should be denied, got data ${JSON.stringify(answer.data)}`);
    }
    if (
      row.reaches?.actors.includes(actor) &&
      valuesAt(answer.data, row.reaches.parentPath).length === 0
    ) {
      problems.push(
        `${actor}: never reached ${row.reaches.parentPath}, so the nested field was not tried`,
      );
    }
    const markers = world.markers.filter((marker) => !row.keyHolderSees?.includes(marker.owner));
    for (const leak of leaksIn(answer, actor, markers)) problems.push(`${actor}: sees ${leak}`);
    return problems;
  };

  it('has one entry for every operation of the schema, and none for an operation that is gone', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]
      .flatMap((type) =>
        type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
      )
      .sort();
    const missing = operations.filter((operation) => !(operation in MATRIX));
    const gone = Object.keys(MATRIX).filter((operation) => !operations.includes(operation));
    const empty = Object.entries(MATRIX)
      .filter(([, rows]) => rows.length === 0)
      .map(([operation]) => operation);
    expect({ missing, gone, empty }).toEqual({ missing: [], gone: [], empty: [] });
    // At the time of writing there is no Subscription type (live notifications go over socket.io);
    // if one appears, its fields are listed above and need rows like any other operation.
    expect(operations.length).toBeGreaterThanOrEqual(70);
  });

  it('selects every field that has its own resolver (nested paths are checked where they load) in some row', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const selected = new Set<string>();
    const typeInfo = new TypeInfo(schema);
    for (const row of Object.values(MATRIX).flat()) {
      visit(
        parse(row.document),
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            if (parent) selected.add(`${parent.name}.${node.name.value}`);
          },
        }),
      );
    }
    expect(ownResolvers.filter((field) => !selected.has(field)).sort()).toEqual([]);
    expect(ownResolvers.length).toBeGreaterThan(5);
  });

  // Queries first: the mutations' throwaway objects never change what the queries see.
  const operations = Object.keys(MATRIX).sort((a, b) => {
    const kind = (name: string) => (name.startsWith('Query.') ? 0 : 1);
    return kind(a) - kind(b) || a.localeCompare(b);
  });
  describe.each(operations)('%s', (operation) => {
    const rows = MATRIX[operation] ?? [];
    it.each(rows.map((row) => [row.what, row] as const))('%s', async (_what, row) => {
      const problems: string[] = [];
      for (const actor of ACTORS) problems.push(...(await runFor(operation, row, actor)));
      expect(problems).toEqual([]);
    });
  });

  describe('IDOR: what is not yours answers exactly like what does not exist', () => {
    /** The answer with `id` replaced by a random uuid, for comparison. */
    const sameAsMissing = async (
      actor: ActorName,
      document: string,
      variables: (id: string) => Record<string, unknown>,
      realId: () => string,
    ) => {
      const client = await world.actors.client(actor);
      const real = await client.graphql(document, variables(realId()));
      const missing = await client.graphql(document, variables(randomUUID()));
      expect(leaksIn(real, actor, world.markers)).toEqual([]);
      expect(real).toEqual(missing);
    };

    const bookingMutations: [string, string, (id: string) => Record<string, unknown>][] = [
      [
        'cancelBooking',
        `mutation ($id: ID!) { cancelBooking(id: $id) { id status } }`,
        (id) => ({ id }),
      ],
      [
        'confirmBooking',
        `mutation ($id: ID!) { confirmBooking(id: $id) { id pupilName } }`,
        (id) => ({ id }),
      ],
      [
        'declineBooking',
        `mutation ($id: ID!) { declineBooking(id: $id, reason: TOO_MANY_PUPILS) { id } }`,
        (id) => ({ id }),
      ],
      [
        'markAttendance',
        `mutation ($id: ID!) { markAttendance(id: $id, attended: false) { id } }`,
        (id) => ({ id }),
      ],
      [
        'giveFeedback',
        `mutation ($id: ID!) { giveFeedback(input: { bookingId: $id, rating: 1, comment: "x" }) { rating } }`,
        (id) => ({ id }),
      ],
    ];

    it.each(bookingMutations)(
      "%s on youth A's booking: youth B and employer E2 are answered as for a booking that does not exist",
      async (_name, document, variables) => {
        for (const actor of ['youthB', 'employerE2', 'counsellorOtherSchool', 'admin'] as const) {
          await sameAsMissing(actor, document, variables, () => world.bookingOfA);
        }
      },
    );

    it("nothing that takes a booking id let youth B change youth A's booking", async () => {
      const { rows } = await db.query<{ status: string }>(
        `SELECT status FROM booking WHERE id = $1`,
        [world.bookingOfA],
      );
      expect(rows[0]?.status).toBe('CONFIRMED');
    });

    it("the refused looks at youth A's page are in the audit log as DENIED, the allowed ones as ALLOWED", async () => {
      const { rows } = await db.query<{ actor_id: string; outcome: string }>(
        `SELECT DISTINCT actor_id, outcome FROM audit_event WHERE youth_id = $1 AND action = 'VIEW_PROFILE'`,
        [world.actors.id('youthA')],
      );
      const logged = (actor: ActorName) =>
        rows
          .filter((row) => row.actor_id === world.actors.id(actor))
          .map((row) => row.outcome)
          .sort();
      for (const actor of [
        'counsellorOtherSchool',
        'coordinator',
        'coordinatorOtherOffice',
        'employerE2',
        'admin',
        'youthB',
      ] as const) {
        expect({ actor, outcomes: logged(actor) }).toEqual({ actor, outcomes: ['DENIED'] });
      }
      for (const actor of ['counsellorSchoolA'] as const) {
        expect({ actor, outcomes: logged(actor) }).toEqual({ actor, outcomes: ['ALLOWED'] });
      }
    });

    it("a colleague taken out of E1 sees none of E1's pupils or applicants afterwards", async () => {
      const memberId = await world.fresh.memberOfE1();
      const before = api.client();
      before.cookie = await world.fresh.sessionFor(memberId);
      const bookings = `query ($id: ID!) { opportunity(id: $id) { id bookings { pupilName } } }`;
      const seen = await before.graphql(bookings, { id: world.hospitering.id });
      expect(valuesAt(seen.data, 'opportunity.bookings.pupilName').length).toBeGreaterThan(0);

      const owner = await world.actors.client('employerE1');
      const removed = await owner.graphql(
        `mutation ($id: ID!) { removeEmployerMember(accountId: $id) }`,
        {
          id: memberId,
        },
      );
      expect(removed.errors).toBeUndefined();

      // Signed out everywhere and the account gone: the old session sees nothing of E1's.
      expect((await before.graphql(`query { me { id } }`)).data).toEqual({ me: null });
      const again = await before.graphql(bookings, { id: world.hospitering.id });
      expect(valuesAt(again.data, 'opportunity.bookings').length).toBe(0);
      const application = await before.graphql(`query ($id: ID!) { application(id: $id) { id } }`, {
        id: world.applicationOfA,
      });
      expect(application.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(leaksIn([again, application], 'employerE2', world.markers)).toEqual([]);
    });

    it("youth B and E2 asking for youth A's application get what a missing id gets", async () => {
      const document = `query ($id: ID!) { application(id: $id) { id motivation applicant { name } } }`;
      for (const actor of ['youthB', 'employerE2'] as const) {
        await sameAsMissing(
          actor,
          document,
          (id) => ({ id }),
          () => world.applicationOfA,
        );
      }
    });

    it("the other school's counsellor, E1 and the admin opening youth A's page get what a missing youth gets", async () => {
      const document = `query ($id: ID!) { youthOverview(youthId: $id) { youthId displayName } }`;
      for (const actor of [
        'counsellorOtherSchool',
        'coordinatorOtherOffice',
        'employerE1',
        'admin',
        'youthB',
      ] as const) {
        await sameAsMissing(
          actor,
          document,
          (id) => ({ id }),
          () => world.actors.id('youthA'),
        );
      }
    });

    it("E2 and youth B asking for E1's draft or E1's apprenticeship applications get what a missing id gets", async () => {
      for (const actor of ['employerE2', 'youthB'] as const) {
        await sameAsMissing(
          actor,
          `query ($id: ID!) { opportunity(id: $id) { id title } }`,
          (id) => ({ id }),
          () => world.draftOfE1,
        );
        await sameAsMissing(
          actor,
          `query ($id: ID!) { applicationsForOpportunity(opportunityId: $id) { id } }`,
          (id) => ({ id }),
          () => world.apprenticeship,
        );
      }
    });

    it("the other school's counsellor reaching for school A's round, pupils' days and guardian e-mail gets what a missing id gets", async () => {
      const counsellor = 'counsellorOtherSchool';
      await sameAsMissing(
        counsellor,
        `query ($id: ID!) { allocationRound(id: $id) { id pupils { name } } }`,
        (id) => ({ id }),
        () => world.roundOfCohortA,
      );
      await sameAsMissing(
        counsellor,
        `query ($id: ID!) { schoolBookings(cohortId: $id) { pupils { displayName } } }`,
        (id) => ({ id }),
        () => world.cohortA,
      );
      await sameAsMissing(
        counsellor,
        `mutation ($id: ID!) { setGuardianEmail(input: { youthId: $id, email: "annen@hjem.example" }) }`,
        (id) => ({ id }),
        () => world.actors.id('youthA'),
      );
      await sameAsMissing(
        counsellor,
        `mutation ($id: ID!) { resendGuardianConsent(bookingId: $id) }`,
        (id) => ({ id }),
        () => world.bookingOfA,
      );
      const slotId = await world.fresh.slot();
      await sameAsMissing(
        counsellor,
        `mutation ($id: ID!, $slotId: ID!) { bookForPupil(youthId: $id, input: { slotId: $slotId, idempotencyKey: "idor" }) { id } }`,
        (id) => ({ id, slotId }),
        () => world.actors.id('youthA'),
      );
    });

    it("the other school's counsellor asking for school A's cohort gets what a missing cohort gets", async () => {
      await sameAsMissing(
        'counsellorOtherSchool',
        `query ($id: ID!) { cohortPupils(cohortId: $id) { youthId displayName } }`,
        (id) => ({ id }),
        () => world.cohortA,
      );
    });
  });
});
