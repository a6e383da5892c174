import {
  findAdaptation,
  findMunicipality,
  findProgramme,
  findTrade,
  KRISTIANSAND_MUNICIPALITY_CODE,
  LIMITS,
  OpportunityKind,
} from '@akselerator/domain';
import type { SearchOpportunitiesInput, SearchSort } from './api-types';

/**
 * The search page keeps all its state in the URL, so a search works without JavaScript, can be
 * bookmarked and shared, and the back button behaves:
 *
 *   q            free text
 *   kind         OpportunityKind, repeatable
 *   programme    programme code, repeatable
 *   trade        trade code, repeatable
 *   municipality municipality code, repeatable
 *   month        'YYYY-MM', repeatable (a hospitering day or the start in that month)
 *   adaptation   adaptation code the workplace offers, repeatable (all must be offered)
 *   ledig        '1': only with free seats or open places
 *   from, to     'YYYY-MM-DD'
 *   sort         'relevance' | 'soonest' | 'nearest'
 *   near         municipality code whose centre "nearest" measures from (default Kristiansand)
 *   after        cursor for the next page
 */

export type SortParam = 'relevance' | 'soonest' | 'nearest';

export interface SearchState {
  q: string;
  kinds: OpportunityKind[];
  programmes: string[];
  trades: string[];
  municipalities: string[];
  months: string[];
  adaptations: string[];
  free: boolean;
  from: string;
  to: string;
  sort: SortParam;
  near: string;
  after: string;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KINDS = new Set<string>(Object.values(OpportunityKind));
const SORT_TO_API: Record<SortParam, SearchSort> = {
  relevance: 'RELEVANCE',
  soonest: 'SOONEST',
  nearest: 'NEAREST',
};

function all(params: RawSearchParams, key: string): string[] {
  const value = params[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean);
}

function one(params: RawSearchParams, key: string): string {
  return all(params, key)[0] ?? '';
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function isKind(value: string): value is OpportunityKind {
  return KINDS.has(value);
}

function isSort(value: string): value is SortParam {
  return value in SORT_TO_API;
}

/** Reads the URL; unknown codes and malformed values are dropped rather than sent to the API. */
export function parseSearchState(params: RawSearchParams): SearchState {
  const sort = one(params, 'sort');
  const near = one(params, 'near');
  const from = one(params, 'from');
  const to = one(params, 'to');
  return {
    q: one(params, 'q').slice(0, LIMITS.searchQueryMax),
    kinds: unique(all(params, 'kind').filter(isKind)),
    programmes: unique(
      all(params, 'programme').filter((code) => findProgramme(code) !== undefined),
    ),
    trades: unique(all(params, 'trade').filter((code) => findTrade(code) !== undefined)),
    municipalities: unique(
      all(params, 'municipality').filter((code) => findMunicipality(code) !== undefined),
    ),
    months: unique(all(params, 'month').filter((month) => MONTH.test(month))),
    adaptations: unique(
      all(params, 'adaptation').filter((code) => findAdaptation(code) !== undefined),
    ),
    free: one(params, 'ledig') === '1',
    from: ISO_DATE.test(from) ? from : '',
    to: ISO_DATE.test(to) ? to : '',
    sort: isSort(sort) ? sort : 'relevance',
    near: findMunicipality(near) ? near : KRISTIANSAND_MUNICIPALITY_CODE,
    after: one(params, 'after').slice(0, 500),
  };
}

export function hasFilters(state: SearchState): boolean {
  return (
    state.kinds.length > 0 ||
    state.programmes.length > 0 ||
    state.trades.length > 0 ||
    state.municipalities.length > 0 ||
    state.months.length > 0 ||
    state.adaptations.length > 0 ||
    state.free ||
    state.from !== '' ||
    state.to !== ''
  );
}

export function toSearchInput(state: SearchState): SearchOpportunitiesInput {
  const input: SearchOpportunitiesInput = { sort: SORT_TO_API[state.sort], first: PAGE_SIZE };
  if (state.q) input.query = state.q;
  if (state.kinds.length) input.kinds = state.kinds;
  if (state.programmes.length) input.programmeCodes = state.programmes;
  if (state.trades.length) input.tradeCodes = state.trades;
  if (state.municipalities.length) input.municipalityCodes = state.municipalities;
  if (state.months.length) input.months = state.months;
  if (state.adaptations.length) input.adaptations = state.adaptations;
  if (state.free) input.hasFreeSeats = true;
  if (state.from) input.dateFrom = state.from;
  if (state.to) input.dateTo = state.to;
  if (state.after) input.after = state.after;
  if (state.sort === 'nearest') {
    const point = findMunicipality(state.near) ?? findMunicipality(KRISTIANSAND_MUNICIPALITY_CODE);
    if (point) input.near = { latitude: point.latitude, longitude: point.longitude };
  }
  return input;
}

/** `/?…` for the given state; empty and default values are left out to keep URLs short. */
export function searchHref(state: SearchState, overrides: Partial<SearchState> = {}): string {
  const next = { ...state, ...overrides };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  for (const kind of next.kinds) params.append('kind', kind);
  for (const code of next.programmes) params.append('programme', code);
  for (const code of next.trades) params.append('trade', code);
  for (const code of next.municipalities) params.append('municipality', code);
  for (const month of next.months) params.append('month', month);
  for (const code of next.adaptations) params.append('adaptation', code);
  if (next.free) params.set('ledig', '1');
  if (next.from) params.set('from', next.from);
  if (next.to) params.set('to', next.to);
  if (next.sort !== 'relevance') params.set('sort', next.sort);
  if (next.sort === 'nearest' && next.near !== KRISTIANSAND_MUNICIPALITY_CODE) {
    params.set('near', next.near);
  }
  if (next.after) params.set('after', next.after);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}
