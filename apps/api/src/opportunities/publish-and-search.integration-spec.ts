import { eventually, startTestApi, type TestApi, type TestClient } from '../../test/test-api';
import {
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  OPPORTUNITY,
  PUBLISH,
  SEARCH,
  SIGN_UP,
  type SearchData,
} from '../../test/operations';

interface Created {
  createHospitering: {
    id: string;
    status: string;
    programmeCode: string;
    slots: { capacity: number }[];
  };
}

describe('Publishing a hospitering opportunity and finding it', () => {
  let api: TestApi;
  let employer: TestClient;

  beforeAll(async () => {
    api = await startTestApi();
    employer = api.client();
    const signUp = await employer.graphql(SIGN_UP, { input: employerSignUp('pub') });
    expect(signUp.errors).toBeUndefined();
  });

  afterAll(async () => {
    await api.close();
  });

  it('keeps a draft out of sight until it is published, then a misspelt search finds it', async () => {
    const created = await employer.graphql<Created>(CREATE_HOSPITERING, {
      input: hospiteringInput(),
    });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createHospitering.id ?? '';
    expect(created.data?.createHospitering).toMatchObject({ status: 'DRAFT', programmeCode: 'FD' });

    const anonymous = api.client();
    expect((await anonymous.graphql(OPPORTUNITY, { id })).data).toEqual({ opportunity: null });

    const published = await employer.graphql(PUBLISH, { id });
    expect(published.errors).toBeUndefined();

    const findsIt = async (input: Record<string, unknown>) => {
      const result = await anonymous.graphql<SearchData>(SEARCH, { input });
      return result.data?.searchOpportunities.hits.some((hit) => hit.id === id) ?? false;
    };
    const elapsed = await eventually(() => findsIt({ query: 'frisor' }), 5_000, 20);
    console.log(`Searchable ${elapsed} ms after publishing`);
    expect(elapsed).toBeLessThan(2_000);
    expect(await findsIt({ query: 'frisor', tradeCodes: ['frisor'] })).toBe(true);
    expect(await findsIt({ query: 'frisor', tradeCodes: ['kokk'] })).toBe(false);

    const result = await anonymous.graphql<SearchData>(SEARCH, {
      input: { query: 'frisør', tradeCodes: ['frisor'] },
    });
    const { searchOpportunities } = result.data ?? ({} as SearchData);
    expect(searchOpportunities.degraded).toBe(false);
    expect(searchOpportunities.hits[0]).toMatchObject({ id, seatsLeft: 5, tradeCode: 'frisor' });
    expect(searchOpportunities.hits[0]?.highlightedTitle).toContain('<mark>');
    const tradeFacet = searchOpportunities.facets.find((facet) => facet.attribute === 'tradeCode');
    expect(tradeFacet?.values).toContainEqual({ value: 'frisor', count: 1 });

    const page = await anonymous.graphql<{
      opportunity: { seatsLeft: number; slots: { seatsLeft: number }[] };
    }>(OPPORTUNITY, { id });
    expect(page.data?.opportunity.seatsLeft).toBe(5);
    expect(page.data?.opportunity.slots.map((slot) => slot.seatsLeft)).toEqual([3, 2]);
  });

  it('pages through results with a cursor and measures distance from a point', async () => {
    for (const title of ['Frisør for en dag i Lund', 'Frisør for en dag i Vågsbygd']) {
      const created = await employer.graphql<Created>(CREATE_HOSPITERING, {
        input: hospiteringInput({ title }),
      });
      await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    }
    const anonymous = api.client();
    await eventually(async () => {
      const all = await anonymous.graphql<SearchData>(SEARCH, {
        input: { tradeCodes: ['frisor'] },
      });
      return all.data?.searchOpportunities.totalHits === 3;
    });
    const first = await anonymous.graphql<SearchData>(SEARCH, {
      input: {
        tradeCodes: ['frisor'],
        first: 2,
        sort: 'NEAREST',
        near: { latitude: 58.15, longitude: 8.0 },
      },
    });
    expect(first.data?.searchOpportunities.hits).toHaveLength(2);
    expect(first.data?.searchOpportunities.hasNextPage).toBe(true);
    expect(first.data?.searchOpportunities.hits[0]?.distanceKm).toBeCloseTo(0.5, 0);
    const second = await anonymous.graphql<SearchData>(SEARCH, {
      input: {
        tradeCodes: ['frisor'],
        first: 2,
        sort: 'NEAREST',
        near: { latitude: 58.15, longitude: 8.0 },
        after: first.data?.searchOpportunities.endCursor,
      },
    });
    expect(second.data?.searchOpportunities.hits).toHaveLength(1);
    expect(second.data?.searchOpportunities.hasNextPage).toBe(false);
    const seen = [
      ...(first.data?.searchOpportunities.hits ?? []),
      ...(second.data?.searchOpportunities.hits ?? []),
    ];
    expect(new Set(seen.map((hit) => hit.id)).size).toBe(3);
  });

  it("answers another employer's publish attempt as if the opportunity did not exist", async () => {
    const created = await employer.graphql<Created>(CREATE_HOSPITERING, {
      input: hospiteringInput(),
    });
    const id = created.data?.createHospitering.id;
    const competitor = api.client();
    await competitor.graphql(SIGN_UP, { input: employerSignUp('other') });
    const attempt = await competitor.graphql(PUBLISH, { id });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await competitor.graphql(PUBLISH, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const youth = api.client();
    await youth.graphql(SIGN_UP, {
      input: {
        email: 'elev@skole.example',
        password: 'Et-langt-passord-9',
        displayName: 'Ola',
        role: 'YOUTH',
      },
    });
    expect((await youth.graphql(PUBLISH, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.client().graphql(PUBLISH, { id })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
