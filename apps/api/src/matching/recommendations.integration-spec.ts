import { Client } from 'pg';
import { insertSchool, joinOrganisation, signedInAccount } from '../../test/organisation-fixtures';
import { signedInYouths, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
} from '../../test/operations';

const UPDATE_PROFILE = /* GraphQL */ `
  mutation Update($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      tradeCodes
      programmeCodes
      strengths
      consentToBeProposed
    }
  }
`;
const RECOMMENDED = /* GraphQL */ `
  query {
    recommendedOpportunities(first: 5) {
      hasProfile
      items {
        score
        opportunity {
          id
          title
          tradeCode
        }
        reasons {
          code
          text
        }
      }
    }
  }
`;
const WHY_NOT = /* GraphQL */ `
  query WhyNot($youthId: ID!, $opportunityId: ID!) {
    whyNotRecommended(youthId: $youthId, opportunityId: $opportunityId)
  }
`;
const CANDIDATES = /* GraphQL */ `
  query Candidates($id: ID!) {
    rankedCandidates(opportunityId: $id) {
      youthId
      displayName
      score
      reasons {
        text
      }
      pastEightWeeks
    }
  }
`;

interface Recommended {
  recommendedOpportunities: {
    hasProfile: boolean;
    items: {
      score: number;
      opportunity: { id: string; tradeCode: string };
      reasons: { code: string; text: string }[];
    }[];
  };
}

describe('Recommendations and ranked candidates', () => {
  let api: TestApi;
  let employer: TestClient;
  let hairdresser: string;
  let cook: string;

  beforeAll(async () => {
    api = await startTestApi();
    employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('match') });
    const publish = async (overrides: Record<string, unknown>) => {
      const created = await employer.graphql<{ createHospitering: { id: string } }>(
        CREATE_HOSPITERING,
        {
          input: hospiteringInput(overrides),
        },
      );
      const id = created.data?.createHospitering.id ?? '';
      await employer.graphql(PUBLISH, { id });
      return id;
    };
    hairdresser = await publish({ title: 'En dag i salongen' });
    cook = await publish({ title: 'En dag på kjøkkenet', tradeCode: 'kokk' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('recommends what fits the interests first, with reasons in Norwegian', async () => {
    const [youth] = await signedInYouths(api, 1);
    if (!youth) throw new Error('no youth');
    const before = await youth.client.graphql<Recommended>(RECOMMENDED);
    expect(before.data?.recommendedOpportunities).toEqual({ hasProfile: false, items: [] });

    const refused = await youth.client.graphql(UPDATE_PROFILE, {
      input: { programmeCodes: [], tradeCodes: [] },
    });
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'tradeCodes',
      code: 'REQUIRED',
    });
    const unknown = await youth.client.graphql(UPDATE_PROFILE, {
      input: { programmeCodes: [], tradeCodes: ['astronaut'] },
    });
    expect(unknown.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: 'tradeCodes',
      code: 'UNKNOWN_TRADE',
    });

    const saved = await youth.client.graphql(UPDATE_PROFILE, {
      input: {
        programmeCodes: [],
        tradeCodes: ['frisor'],
        homeMunicipalityCode: '4204',
        maxTravelKm: 20,
      },
    });
    expect(saved.errors).toBeUndefined();
    const after = await youth.client.graphql<Recommended>(RECOMMENDED);
    const items = after.data?.recommendedOpportunities.items ?? [];
    expect(items.map((item) => item.opportunity.id)).toEqual([hairdresser, cook]);
    expect(items[0]?.score).toBeGreaterThan(items[1]?.score ?? 1);
    expect(items[0]?.reasons.map((reason) => reason.text).join(' ')).toMatch(/interessen din/i);
  });

  it("ranks only consenting youths for the employer's own opportunity, and nobody else may ask", async () => {
    const [willing, unwilling] = await signedInYouths(api, 2);
    if (!willing || !unwilling) throw new Error('no youths');
    await willing.client.graphql(UPDATE_PROFILE, {
      input: { programmeCodes: ['FD'], tradeCodes: ['frisor'], consentToBeProposed: true },
    });
    await unwilling.client.graphql(UPDATE_PROFILE, {
      input: { programmeCodes: [], tradeCodes: ['frisor'], consentToBeProposed: false },
    });
    const ranked = await employer.graphql<{
      rankedCandidates: { youthId: string; reasons: { text: string }[] }[];
    }>(CANDIDATES, {
      id: hairdresser,
    });
    expect(ranked.errors).toBeUndefined();
    expect(ranked.data?.rankedCandidates.map((candidate) => candidate.youthId)).toEqual([
      willing.id,
    ]);
    expect(ranked.data?.rankedCandidates[0]?.reasons.length).toBeGreaterThan(0);

    const rival = api.client();
    await rival.graphql(SIGN_UP, { input: employerSignUp('rival-match') });
    expect(
      (await rival.graphql(CANDIDATES, { id: hairdresser })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await willing.client.graphql(CANDIDATES, { id: hairdresser })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it("lets a school counsellor see her own pupils as candidates, never another school's, and logs it", async () => {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const [ownPupil, otherPupil] = await signedInYouths(api, 2);
      if (!ownPupil || !otherPupil) throw new Error('no youths');
      for (const youth of [ownPupil, otherPupil]) {
        await youth.client.graphql(UPDATE_PROFILE, {
          input: { programmeCodes: [], tradeCodes: ['frisor'], consentToBeProposed: true },
        });
      }
      const cohortAt = async (school: string, youthId: string) => {
        const { rows } = await db.query<{ id: string }>(
          `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10A', '2026/27') RETURNING id`,
          [school],
        );
        await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
          youthId,
          rows[0]?.id,
        ]);
      };
      const ownSchool = await insertSchool(db, 'Kandidatskolen');
      const otherSchool = await insertSchool(db, 'Annenskolen');
      await cohortAt(ownSchool, ownPupil.id);
      await cohortAt(otherSchool, otherPupil.id);
      const counsellor = await signedInAccount(api, db, {
        role: 'COUNSELLOR',
        displayName: 'Kari Kandidatrådgiver',
      });
      await joinOrganisation(db, counsellor.id, 'SCHOOL_COUNSELLOR', ownSchool);

      const ranked = await counsellor.client.graphql<{
        rankedCandidates: { youthId: string; displayName: string }[];
      }>(CANDIDATES, { id: hairdresser });
      expect(ranked.errors).toBeUndefined();
      const ids = ranked.data?.rankedCandidates.map((candidate) => candidate.youthId) ?? [];
      expect(ids).toEqual([ownPupil.id]);
      expect(JSON.stringify(ranked.data)).not.toContain(otherPupil.id);

      const audit = await db.query<{ youth_id: string; outcome: string }>(
        `SELECT youth_id, outcome FROM audit_event WHERE actor_id = $1 AND action = 'VIEW_CANDIDATE_LIST'`,
        [counsellor.id],
      );
      expect(audit.rows).toEqual([{ youth_id: ownPupil.id, outcome: 'ALLOWED' }]);

      // An employer's draft is not shown to a counsellor, as if it did not exist.
      const created = await employer.graphql<{ createHospitering: { id: string } }>(
        CREATE_HOSPITERING,
        { input: hospiteringInput({ title: 'Utkast' }) },
      );
      const draft = created.data?.createHospitering.id ?? '';
      expect(
        (await counsellor.client.graphql(CANDIDATES, { id: draft })).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
    } finally {
      await db.end();
    }
  });

  it("tells the youth and her school's counsellor why a place is missing, and nobody else", async () => {
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const [youth] = await signedInYouths(api, 1);
      if (!youth) throw new Error('no youth');
      await youth.client.graphql(UPDATE_PROFILE, {
        input: {
          programmeCodes: [],
          tradeCodes: ['frisor'],
          homeMunicipalityCode: '4204',
          maxTravelKm: 20,
        },
      });
      const created = await employer.graphql<{ createHospitering: { id: string } }>(
        CREATE_HOSPITERING,
        {
          input: hospiteringInput({
            title: 'En dag i Flekkefjord',
            address: {
              street: 'Elvegaten 1',
              postalCode: '4400',
              postalPlace: 'Flekkefjord',
              municipalityCode: '4207',
              latitude: 58.2969,
              longitude: 6.6632,
            },
          }),
        },
      );
      expect(created.errors).toBeUndefined();
      const far = created.data?.createHospitering.id ?? '';
      await employer.graphql(PUBLISH, { id: far });

      const school = await insertSchool(db, 'Hvorforskolen');
      const otherSchool = await insertSchool(db, 'Ikkeminskole');
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO cohort (school_id, name, school_year) VALUES ($1, '10B', '2026/27') RETURNING id`,
        [school],
      );
      await db.query(`INSERT INTO cohort_pupil (youth_id, cohort_id) VALUES ($1, $2)`, [
        youth.id,
        rows[0]?.id,
      ]);
      const counsellor = await signedInAccount(api, db, {
        role: 'COUNSELLOR',
        displayName: 'Vera Veileder',
      });
      const stranger = await signedInAccount(api, db, {
        role: 'COUNSELLOR',
        displayName: 'Ola Annenskole',
      });
      await joinOrganisation(db, counsellor.id, 'SCHOOL_COUNSELLOR', school);
      await joinOrganisation(db, stranger.id, 'SCHOOL_COUNSELLOR', otherSchool);

      const ask = (client: TestClient, opportunityId: string) =>
        client.graphql<{ whyNotRecommended: string | null }>(WHY_NOT, {
          youthId: youth.id,
          opportunityId,
        });
      const own = await ask(youth.client, far);
      expect(own.errors).toBeUndefined();
      expect(own.data?.whyNotRecommended).toMatch(/unna – lenger enn grensen på 20 km/);
      expect((await ask(youth.client, hairdresser)).data?.whyNotRecommended).toBeNull();
      const asCounsellor = await ask(counsellor.client, far);
      expect(asCounsellor.data?.whyNotRecommended).toBe(own.data?.whyNotRecommended);

      for (const client of [stranger.client, employer, api.client()]) {
        const refused = await ask(client, far);
        expect(refused.data?.whyNotRecommended ?? null).toBeNull();
        expect(['NOT_FOUND', 'UNAUTHENTICATED']).toContain(refused.errors?.[0]?.extensions?.code);
      }
      const audit = await db.query<{ actor_id: string; outcome: string }>(
        `SELECT actor_id, outcome FROM audit_event WHERE youth_id = $1 AND action = 'VIEW_PROFILE' ORDER BY id`,
        [youth.id],
      );
      // The counsellor allowed, the other school's counsellor and the employer denied.
      expect(audit.rows.map((row) => row.outcome)).toEqual(['ALLOWED', 'DENIED', 'DENIED']);
      expect(audit.rows.slice(0, 2).map((row) => row.actor_id)).toEqual([
        counsellor.id,
        stranger.id,
      ]);
    } finally {
      await db.end();
    }
  });
});
