import { toMeilisearchSynonyms, TRADE_SYNONYM_GROUPS } from '@akselerator/domain';
import type { Settings } from 'meilisearch';

export const OPPORTUNITY_INDEX = 'opportunities';

/** The facets a search answers with counts, in Meilisearch attribute names. */
export const OPPORTUNITY_FACETS = [
  'kind',
  'programmeCode',
  'tradeCode',
  'municipalityCode',
  'months',
  'adaptations',
  'hasFreeSeats',
] as const;
export type OpportunityFacet = (typeof OPPORTUNITY_FACETS)[number];

/**
 * Facets where picking several values widens the result (this trade or that one), so each one's
 * counts are taken without its own selection. Adaptations narrow instead (a pupil who needs short
 * days and a quiet place needs both); free seats is a yes/no computed per search.
 */
export const DISJUNCTIVE_FACETS = [
  'kind',
  'programmeCode',
  'tradeCode',
  'municipalityCode',
  'months',
] as const satisfies readonly OpportunityFacet[];
export type DisjunctiveFacet = (typeof DISJUNCTIVE_FACETS)[number];

/** What a hit needs; the long texts stay in the index. */
export const HIT_ATTRIBUTES = [
  'id',
  'kind',
  'title',
  'employerName',
  'programmeCode',
  'tradeCode',
  'municipalityCode',
  'municipalityName',
  'seatsByDate',
  'places',
  'startDate',
  'applicationDeadline',
  'hoursPerWeek',
  'adaptations',
  '_geo',
];

// Frequent Norwegian function words; matching them adds noise, not relevance.
export const NORWEGIAN_STOP_WORDS = [
  'og',
  'i',
  'på',
  'en',
  'et',
  'ei',
  'til',
  'for',
  'med',
  'som',
  'det',
  'den',
  'de',
  'er',
  'av',
  'å',
  'om',
  'fra',
  'har',
  'vi',
  'du',
  'jeg',
  'kan',
  'skal',
  'vil',
  'hos',
  'eller',
  'men',
];

/** Norwegian-first settings for the opportunities index. */
export const OPPORTUNITY_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'tradeLabel',
    'tradeWords',
    'programmeLabel',
    'employerName',
    'folded',
    'tasks',
    'description',
    'requirements',
    'postalPlace',
    'municipalityName',
  ],
  filterableAttributes: [
    'kind',
    'programmeCode',
    'tradeCode',
    'municipalityCode',
    'months',
    'adaptations',
    'dates',
    'freeDates',
    'openPlaces',
    'applyBy',
    'employerId',
    '_geo',
  ],
  sortableAttributes: ['dates', 'freeDates', 'publishedAt', '_geo'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nob'] }],
  synonyms: toMeilisearchSynonyms(TRADE_SYNONYM_GROUPS),
  stopWords: NORWEGIAN_STOP_WORDS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 10_000 },
};
