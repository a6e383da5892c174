import type { Metadata } from 'next';
import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { AGDER_MUNICIPALITIES, findAdaptation, Locale } from '@akselerator/domain';
import { intlLocale } from '@/i18n/dictionary';
import { FacetFieldset, type FacetOption } from '@/components/search/facet-fieldset';
import { RecommendedSection } from '@/components/recommendations/recommended-section';
import { ResultCard } from '@/components/search/result-card';
import { SearchCombobox } from '@/components/search/search-combobox';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { Facet, OpportunitySearchResult, RecommendationList } from '@/lib/api-types';
import { formatCount } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { municipalityLabel, programmeLabel, tradeLabel } from '@/lib/labels';
import { SEARCH_QUERY } from '@/lib/operations';
import { QUICK_SEARCH_QUERY, type QuickSearchResult } from '@/lib/search-operations';
import { loadRecommendations } from '@/lib/recommendations-server';
import {
  hasFilters,
  isKind,
  parseSearchState,
  searchHref,
  toSearchInput,
  type RawSearchParams,
  type SearchState,
} from '@/lib/search-state';
import { getViewer } from '@/lib/session';

const FORM_ID = 'search-form';

/** Suggestions shown above the search results for a signed-in youth. */
const RECOMMENDATIONS = 3;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { absolute: `${t.search.metaTitle} – ${t.common.siteName}` } };
}

async function search(state: SearchState): Promise<OpportunitySearchResult | null> {
  try {
    const data = await graphqlServer(SEARCH_QUERY, { input: toSearchInput(state) });
    return data.searchOpportunities;
  } catch (error) {
    unstable_rethrow(error);
    // A stale cursor: start over from the first page rather than failing.
    if (state.after && error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT') {
      return search({ ...state, after: '' });
    }
    console.error('[web] search failed:', error instanceof Error ? error.message : error);
    return null;
  }
}

/** Employers and trades that match the words, from the header's multi-search; null when none. */
async function quickSearch(q: string): Promise<QuickSearchResult | null> {
  if (q.trim() === '') return null;
  try {
    return (await graphqlServer(QUICK_SEARCH_QUERY, { input: { query: q, first: 5 } })).quickSearch;
  } catch (error) {
    unstable_rethrow(error);
    console.warn('[web] quickSearch failed:', error instanceof Error ? error.message : error);
    return null;
  }
}

/** "mars 2027" / "March 2027" for 'YYYY-MM'. */
function monthLabel(month: string, locale: Locale): string {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return month;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, mon - 1, 1)));
}

/** "Anbefalt for deg" for signed-in youths only; null for everyone else or when it fails. */
async function youthRecommendations(): Promise<RecommendationList | null> {
  const viewer = await getViewer();
  if (viewer?.role !== 'YOUTH') return null;
  return loadRecommendations(RECOMMENDATIONS);
}

function facetOptions(
  facets: Facet[],
  attribute: string,
  selected: readonly string[],
  label: (value: string) => string,
): FacetOption[] {
  const values = facets.find((facet) => facet.attribute === attribute)?.values ?? [];
  const options = new Map<string, FacetOption>();
  for (const { value, count } of values) {
    options.set(value, { value, count, label: label(value), checked: selected.includes(value) });
  }
  for (const value of selected) {
    if (!options.has(value))
      options.set(value, { value, count: 0, label: label(value), checked: true });
  }
  return [...options.values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nb'),
  );
}

/** "Bare med ledige plasser", with the count of listings that have one. */
function freeSeatsOption(facets: Facet[], checked: boolean, t: Dictionary): FacetOption[] {
  const values = facets.find((facet) => facet.attribute === 'hasFreeSeats')?.values ?? [];
  const count = values.find((item) => item.value === 'true')?.count;
  if (count === undefined && !checked) return [];
  return [{ value: '1', label: t.searchMore.freeSeats, count: count ?? 0, checked }];
}

function Filters({
  state,
  result,
  locale,
  t,
}: {
  state: SearchState;
  result: OpportunitySearchResult | null;
  locale: Locale;
  t: Dictionary;
}) {
  const facets = result?.facets ?? [];
  const kindLabel = (value: string) => (isKind(value) ? t.kinds[value] : value);
  const more = (count: number) => interpolate(t.search.moreValues, { count });
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 className="ds-heading" data-size="xs" id="filters-heading">
        {t.search.filtersHeading}
      </h2>
      <FacetFieldset
        name="kind"
        legend={t.search.kindLegend}
        formId={FORM_ID}
        options={facetOptions(facets, 'kind', state.kinds, kindLabel)}
        moreLabel={more}
      />
      <FacetFieldset
        name="programme"
        legend={t.search.programmeLegend}
        formId={FORM_ID}
        options={facetOptions(facets, 'programmeCode', state.programmes, (code) =>
          programmeLabel(code, locale),
        )}
        visible={10}
        moreLabel={more}
      />
      <FacetFieldset
        name="trade"
        legend={t.search.tradeLegend}
        formId={FORM_ID}
        options={facetOptions(facets, 'tradeCode', state.trades, (code) =>
          tradeLabel(code, locale),
        )}
        moreLabel={more}
      />
      <FacetFieldset
        name="municipality"
        legend={t.search.municipalityLegend}
        formId={FORM_ID}
        options={facetOptions(facets, 'municipalityCode', state.municipalities, municipalityLabel)}
        moreLabel={more}
      />
      <FacetFieldset
        name="month"
        legend={t.searchMore.monthLegend}
        formId={FORM_ID}
        options={facetOptions(facets, 'months', state.months, (month) =>
          monthLabel(month, locale),
        ).sort((a, b) => a.value.localeCompare(b.value))}
        visible={6}
        moreLabel={more}
      />
      <FacetFieldset
        name="adaptation"
        legend={t.searchMore.adaptationsLegend}
        formId={FORM_ID}
        options={facetOptions(facets, 'adaptations', state.adaptations, (code) => {
          const item = findAdaptation(code);
          if (!item) return code;
          return locale === Locale.EN ? item.labelEn : item.label;
        })}
        visible={4}
        moreLabel={more}
      />
      <FacetFieldset
        name="ledig"
        legend={t.searchMore.freeSeatsLegend}
        formId={FORM_ID}
        options={freeSeatsOption(facets, state.free, t)}
        moreLabel={more}
      />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t.search.dateLegend}</legend>
        <div className="date-range">
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-from">
              {t.search.dateFrom}
            </label>
            <input
              className="ds-input"
              type="date"
              id="filter-from"
              name="from"
              defaultValue={state.from}
              form={FORM_ID}
            />
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-to">
              {t.search.dateTo}
            </label>
            <input
              className="ds-input"
              type="date"
              id="filter-to"
              name="to"
              defaultValue={state.to}
              form={FORM_ID}
            />
          </div>
        </div>
      </fieldset>
      <div className="cluster">
        <button type="submit" form={FORM_ID} className="ds-button" data-variant="primary">
          {t.search.applyFilters}
        </button>
        <Link className="ds-link" href="/">
          {t.search.reset}
        </Link>
      </div>
    </section>
  );
}

function SortControls({ state, t }: { state: SearchState; t: Dictionary }) {
  return (
    <div className="sort-controls">
      <div className="ds-field">
        <label className="ds-label" htmlFor="sort">
          {t.search.sortLabel}
        </label>
        <select className="ds-input" id="sort" name="sort" defaultValue={state.sort} form={FORM_ID}>
          <option value="relevance">{t.search.sortRelevance}</option>
          <option value="soonest">{t.search.sortSoonest}</option>
          <option value="nearest">{t.search.sortNearest}</option>
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="near">
          {t.search.nearLabel}
        </label>
        <div data-field="description" id="near-description" className="ds-sr-only">
          {t.search.nearDescription}
        </div>
        <select
          className="ds-input"
          id="near"
          name="near"
          defaultValue={state.near}
          form={FORM_ID}
          aria-describedby="near-description"
        >
          {AGDER_MUNICIPALITIES.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" form={FORM_ID} className="ds-button" data-variant="secondary">
        {t.search.sortSubmit}
      </button>
    </div>
  );
}

function QuickMatches({
  q,
  quick,
  state,
  t,
}: {
  q: string;
  quick: QuickSearchResult | null;
  state: SearchState;
  t: Dictionary;
}) {
  if (!quick || (quick.employers.length === 0 && quick.trades.length === 0)) return null;
  const m = t.searchMore;
  return (
    <section className="stack quick-matches" aria-labelledby="quick-heading">
      <h2 className="ds-heading" data-size="2xs" id="quick-heading">
        {interpolate(m.quickHeading, { q })}
      </h2>
      {quick.trades.length > 0 ? (
        <div>
          <h3 className="ds-heading" data-size="2xs">
            {m.groupTrades}
          </h3>
          <ul className="cluster plain-list" data-testid="quick-trades">
            {quick.trades.map((trade) => (
              <li key={trade.code}>
                <Link
                  className="ds-link"
                  href={searchHref(
                    { ...state, q: '', after: '' },
                    { trades: [...new Set([...state.trades, trade.code])] },
                  )}
                >
                  {trade.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {quick.employers.length > 0 ? (
        <div>
          <h3 className="ds-heading" data-size="2xs">
            {m.groupEmployers}
          </h3>
          <ul className="cluster plain-list" data-testid="quick-employers">
            {quick.employers.map((employer) => (
              <li key={employer.id}>
                <Link
                  className="ds-link"
                  href={searchHref({ ...state, after: '' }, { q: employer.name })}
                >
                  {employer.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Results({
  state,
  result,
  quick,
  locale,
  t,
}: {
  state: SearchState;
  result: OpportunitySearchResult | null;
  quick: QuickSearchResult | null;
  locale: Locale;
  t: Dictionary;
}) {
  return (
    <section className="results" aria-labelledby="results-heading">
      <div className="results-header">
        <div>
          <h2 className="ds-heading" data-size="xs" id="results-heading">
            {t.search.resultsHeading}
          </h2>
          {result ? (
            <p className="ds-paragraph" role="status" data-testid="total-hits">
              {result.totalHits === 1
                ? t.search.totalHitsOne
                : interpolate(t.search.totalHitsMany, {
                    count: formatCount(result.totalHits, locale),
                  })}
            </p>
          ) : null}
        </div>
        <SortControls state={state} t={t} />
      </div>

      {result?.degraded ? (
        <div
          className="ds-alert"
          data-color="info"
          data-size="sm"
          style={{ marginTop: 'var(--ds-size-4)' }}
        >
          <p className="ds-paragraph">{t.search.degraded}</p>
        </div>
      ) : null}

      {result === null ? (
        <div className="ds-alert" data-color="warning" style={{ marginTop: 'var(--ds-size-4)' }}>
          <p className="ds-paragraph">{t.search.unavailable}</p>
        </div>
      ) : result.hits.length === 0 ? (
        <div className="stack" style={{ marginTop: 'var(--ds-size-6)' }}>
          <h3 className="ds-heading" data-size="2xs">
            {t.search.emptyTitle}
          </h3>
          <p className="ds-paragraph">{t.search.emptySuggestion}</p>
          <ul className="plain-list stack">
            {state.q && hasFilters(state) ? (
              <li>
                <Link
                  className="ds-link"
                  href={searchHref({
                    ...state,
                    kinds: [],
                    programmes: [],
                    trades: [],
                    municipalities: [],
                    months: [],
                    adaptations: [],
                    free: false,
                    from: '',
                    to: '',
                    after: '',
                  })}
                >
                  {t.search.emptyKeepQuery}
                </Link>
              </li>
            ) : null}
            <li>
              <Link className="ds-link" href="/">
                {t.search.emptyShowAll}
              </Link>
            </li>
          </ul>
        </div>
      ) : (
        <>
          <ol className="result-list">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <ResultCard hit={hit} locale={locale} t={t} />
              </li>
            ))}
          </ol>
          <div className="pager cluster">
            {result.hasNextPage && result.endCursor ? (
              <Link
                className="ds-button"
                data-variant="secondary"
                href={searchHref(state, { after: result.endCursor })}
                rel="next"
              >
                {t.search.showMore}
              </Link>
            ) : null}
            {state.after ? (
              <Link className="ds-link" href={searchHref(state, { after: '' })}>
                {t.search.firstPage}
              </Link>
            ) : null}
          </div>
        </>
      )}
      <QuickMatches q={state.q} quick={quick} state={state} t={t} />
    </section>
  );
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const [{ locale, t }, params] = await Promise.all([getI18n(), searchParams]);
  const state = parseSearchState(params);
  const [result, recommendations, quick, viewer] = await Promise.all([
    search(state),
    youthRecommendations(),
    quickSearch(state.q),
    getViewer(),
  ]);
  // One door in: a young person (or a visitor who may be one) sees the way to a coordinator.
  const showDoorIn = !viewer || viewer.role === 'YOUTH';

  return (
    <div className="container page">
      <h1 className="ds-heading" data-size="lg">
        {t.search.title}
      </h1>
      <p className="ds-paragraph lead">{t.search.intro}</p>
      {showDoorIn ? (
        <p className="ds-paragraph">
          {t.search.doorIn}{' '}
          <Link className="ds-link" href="/en-dor-inn">
            {t.search.doorInLink}
          </Link>
        </p>
      ) : null}

      <form
        id={FORM_ID}
        role="search"
        aria-label={t.search.searchRegion}
        method="get"
        action="/"
        className="search-bar"
        style={{ marginTop: 'var(--ds-size-6)' }}
      >
        <div className="ds-field">
          <label className="ds-label" htmlFor="q">
            {t.search.queryLabel}
          </label>
          <div data-field="description" id="q-description">
            {t.search.queryDescription}
          </div>
          <SearchCombobox
            defaultValue={state.q}
            maxLength={200}
            describedBy="q-description"
            t={t.searchMore}
            kindLabels={t.kinds}
          />
        </div>
        <button type="submit" className="ds-button" data-variant="primary">
          {t.search.submit}
        </button>
      </form>

      {result && result.totalHits > 0 ? (
        <p className="ds-paragraph jump-to-results">
          <a className="ds-link" href="#results-heading">
            {interpolate(t.search.jumpToResults, { count: formatCount(result.totalHits, locale) })}
          </a>
        </p>
      ) : null}

      {recommendations ? <RecommendedSection list={recommendations} locale={locale} t={t} /> : null}

      <div className="search-layout">
        <Filters state={state} result={result} locale={locale} t={t} />
        <Results state={state} result={result} quick={quick} locale={locale} t={t} />
      </div>
    </div>
  );
}
