import { PROGRAMMES, type Programme, type Trade } from './programmes';

/** Every trade of every programme, in programme order. */
export const TRADES: readonly Trade[] = PROGRAMMES.flatMap((item) => item.trades);

const tradesByCode = new Map(TRADES.map((trade) => [trade.code, trade]));
const programmesByCode = new Map(PROGRAMMES.map((item) => [item.code, item]));

export function findTrade(code: string): Trade | undefined {
  return tradesByCode.get(code);
}

export function findProgramme(code: string): Programme | undefined {
  return programmesByCode.get(code);
}
