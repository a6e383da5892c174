import { toMeilisearchSynonyms, TRADE_SYNONYM_GROUPS } from '@akselerator/domain';
import type { Settings } from 'meilisearch';

export const OPPORTUNITY_INDEX = 'opportunities';

/** The facets the search page shows, in Meilisearch attribute names. */
export const OPPORTUNITY_FACETS = [
  'kind',
  'programmeCode',
  'tradeCode',
  'municipalityCode',
] as const;
export type OpportunityFacet = (typeof OPPORTUNITY_FACETS)[number];

// Frequent Norwegian function words; matching them adds noise, not relevance.
const NORWEGIAN_STOP_WORDS = [
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
    'programmeLabel',
    'employerName',
    'tasks',
    'description',
    'postalPlace',
    'municipalityName',
  ],
  filterableAttributes: [...OPPORTUNITY_FACETS, 'dates', 'freeDates', '_geo'],
  sortableAttributes: ['dates', 'freeDates', 'publishedAt', '_geo'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nob'] }],
  synonyms: toMeilisearchSynonyms(TRADE_SYNONYM_GROUPS),
  stopWords: NORWEGIAN_STOP_WORDS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 10_000 },
};
