import {
  findMunicipality,
  foldNorwegian,
  PROGRAMMES,
  type Trade,
  tradeKeywords,
} from '@akselerator/domain';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { NORWEGIAN_STOP_WORDS } from './opportunity-index';

export const EMPLOYER_INDEX = 'employers';
export const TRADE_INDEX = 'trades';

/** An employer with something to offer; employers without published listings stay out. */
export interface EmployerDocument {
  id: string;
  name: string;
  folded: string;
  municipalityNames: string[];
  tradeCodes: string[];
  /** Published listings. */
  openings: number;
}

/** A trade of the taxonomy, with the everyday words people search it by. */
export interface TradeDocument {
  id: string;
  label: string;
  labelEn: string;
  programmeCode: string;
  programmeLabel: string;
  words: string[];
  folded: string;
}

const shared: Settings = {
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nob'] }],
  stopWords: NORWEGIAN_STOP_WORDS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
};

export const EMPLOYER_INDEX_SETTINGS: Settings = {
  ...shared,
  searchableAttributes: ['name', 'folded', 'municipalityNames'],
  filterableAttributes: ['tradeCodes'],
  sortableAttributes: ['openings'],
};

export const TRADE_INDEX_SETTINGS: Settings = {
  ...shared,
  searchableAttributes: ['label', 'words', 'folded', 'programmeLabel', 'labelEn'],
  filterableAttributes: ['programmeCode'],
};

export function toTradeDocument(trade: Trade, programmeLabel: string): TradeDocument {
  const words = [...tradeKeywords(trade.code)];
  return {
    id: trade.code,
    label: trade.label,
    labelEn: trade.labelEn,
    programmeCode: trade.programmeCode,
    programmeLabel,
    words,
    folded: foldNorwegian([trade.label, ...words].join(' ')),
  };
}

/** Every trade of the taxonomy; the trades index holds exactly these. */
export const TRADE_DOCUMENTS: readonly TradeDocument[] = PROGRAMMES.flatMap((programme) =>
  programme.trades.map((trade) => toTradeDocument(trade, programme.label)),
);

interface EmployerRow {
  id: string;
  name: string;
  municipality_codes: string[];
  trade_codes: string[];
  openings: string;
}

/**
 * Employer documents from Postgres: for `ids` (null: every employer), those with published
 * listings. An id asked for but not returned has nothing published and leaves the index.
 */
export async function loadEmployerDocuments(
  manager: Pick<EntityManager, 'query'>,
  ids: readonly string[] | null,
  page?: { after: string; limit: number },
): Promise<EmployerDocument[]> {
  const params: unknown[] = [];
  const where = ["o.status = 'PUBLISHED'"];
  if (ids) {
    params.push(ids);
    where.push(`e.id = ANY($${params.length}::uuid[])`);
  }
  if (page) {
    params.push(page.after);
    where.push(`e.id > $${params.length}::uuid`);
  }
  const rows: EmployerRow[] = await manager.query(
    `SELECT e.id, e.name, array_agg(DISTINCT o.municipality_code::text) AS municipality_codes,
            array_agg(DISTINCT o.trade_code) AS trade_codes, count(*) AS openings
       FROM employer e JOIN opportunity o ON o.employer_id = e.id
      WHERE ${where.join(' AND ')}
      GROUP BY e.id ORDER BY e.id${page ? ` LIMIT ${page.limit}` : ''}`,
    params,
  );
  return rows.map((row) => {
    const municipalityNames = row.municipality_codes.map(
      (code) => findMunicipality(code.trim())?.name ?? code.trim(),
    );
    return {
      id: row.id,
      name: row.name,
      folded: foldNorwegian(row.name),
      municipalityNames,
      tradeCodes: row.trade_codes,
      openings: Number(row.openings),
    };
  });
}
