import { SIGN_IN } from '../../test/operations';
import {
  COHORT_PUPILS,
  MY_ACCESS_LOG,
  MY_CASELOAD,
  MY_COHORT,
  MY_COHORTS,
  SIGN_UP_WITH_CLASS_CODE,
  YOUTH_OVERVIEW,
} from '../../test/organisation-operations';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import { DEMO_PASSWORD } from './demo-city.generator';
import { DEMO_CLASS_CODE } from './demo-organisations';

/** What the e2e relies on: the demo city's schools, class code, counsellors and caseload. */
describe('Demo city organisations', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO_CITY: 'true' });
  });

  afterAll(async () => {
    await api.close();
  });

  async function signIn(email: string): Promise<TestClient> {
    const client = api.client();
    const answer = await client.graphql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(answer.errors).toBeUndefined();
    return client;
  }

  it('lets a pupil sign up with the demo class code and be seen by the Karuss counsellor, who is logged', async () => {
    const counsellor = await signIn('radgiver@demo.akselerator.no');
    const cohorts = await counsellor.graphql<{
      myCohorts: { id: string; name: string; classCodes: { code: string; active: boolean }[] }[];
    }>(MY_COHORTS);
    const tenA = cohorts.data?.myCohorts.find((cohort) => cohort.name === '10A');
    expect(tenA?.classCodes).toEqual([{ code: DEMO_CLASS_CODE, active: true }]);

    const pupil = api.client();
    const signedUp = await pupil.graphql<{ signUp: { id: string } }>(SIGN_UP_WITH_CLASS_CODE, {
      input: {
        email: 'ny.elev@e2e.example',
        password: 'Nordlys-over-Odderøya-3',
        displayName: 'Nora Ny',
        role: 'YOUTH',
        classCode: DEMO_CLASS_CODE.toLowerCase(),
      },
    });
    expect(signedUp.errors).toBeUndefined();
    const mine = await pupil.graphql<{ myCohort: { schoolName: string; cohortName: string } }>(
      MY_COHORT,
    );
    expect(mine.data?.myCohort).toMatchObject({ schoolName: 'Karuss skole', cohortName: '10A' });

    const pupils = await counsellor.graphql<{ cohortPupils: { displayName: string }[] }>(
      COHORT_PUPILS,
      { cohortId: tenA?.id },
    );
    expect(pupils.data?.cohortPupils.map((p) => p.displayName)).toEqual(
      expect.arrayContaining(['Emma Salvesen', 'Nora Ny']),
    );
    const overview = await counsellor.graphql(YOUTH_OVERVIEW, {
      youthId: signedUp.data?.signUp.id,
    });
    expect(overview.errors).toBeUndefined();
    const log = await pupil.graphql<{
      myAccessLog: { entries: { actorName: string; action: string }[] };
    }>(MY_ACCESS_LOG);
    expect(log.data?.myAccessLog.entries[0]).toMatchObject({
      actorName: 'Hilde Karlsen',
      action: 'VIEW_PROFILE',
    });
  });

  it('gives the demo NAV coordinator a young person outside school', async () => {
    const coordinator = await signIn('veileder@demo.akselerator.no');
    const caseload = await coordinator.graphql<{ myCaseload: { displayName: string }[] }>(
      MY_CASELOAD,
    );
    expect(caseload.data?.myCaseload.map((entry) => entry.displayName)).toEqual([
      'Jonas Kristoffersen',
    ]);
  });

  it("shows the programme admin the demo's counselling figures", async () => {
    const admin = await signIn('admin@demo.akselerator.no');
    const answer = await admin.graphql<{
      programmeIndicators: {
        totals: {
          proposalsMade: number;
          proposalsAccepted: number;
          placements: number;
          activeCaseloads: number;
          coordinators: number;
          maxPerCoordinator: number;
          youthsWithOffer: number;
        };
        coordinatorLoad: { activeCaseloads: number }[];
      };
    }>(
      `query { programmeIndicators { totals { proposalsMade proposalsAccepted placements activeCaseloads coordinators maxPerCoordinator youthsWithOffer } coordinatorLoad { activeCaseloads } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const indicators = answer.data?.programmeIndicators;
    expect(indicators?.totals.proposalsMade).toBeGreaterThan(20);
    expect(indicators?.totals.proposalsAccepted).toBeGreaterThan(5);
    expect(indicators?.totals.placements).toBeGreaterThan(5);
    expect(indicators?.totals.youthsWithOffer).toBeGreaterThan(10);
    expect(indicators?.totals.coordinators).toBe(4);
    expect(indicators?.totals.maxPerCoordinator).toBeLessThanOrEqual(25);
    expect(indicators?.coordinatorLoad.filter((point) => point.activeCaseloads > 0).length).toBe(
      12,
    );
  });
});
