import { PROGRAMMES } from './programmes';
import { findProgramme, findTrade, TRADES } from './taxonomy';

describe('TRADES', () => {
  it('flattens the trades of all programmes', () => {
    expect(TRADES).toHaveLength(PROGRAMMES.reduce((sum, item) => sum + item.trades.length, 0));
  });

  it('has unique codes', () => {
    expect(new Set(TRADES.map((trade) => trade.code)).size).toBe(TRADES.length);
  });

  it.each([
    ['tomrer', 'Tømrerfaget', 'BA'],
    ['rorlegger', 'Rørleggerfaget', 'BA'],
    ['elektriker', 'Elektrikerfaget', 'EL'],
    ['frisor', 'Frisørfaget', 'FD'],
    ['helsearbeider', 'Helsearbeiderfaget', 'HS'],
    ['kokk', 'Kokkfaget', 'RM'],
    ['it-utvikler', 'IT-utviklerfaget', 'IM'],
    ['mobelsnekker', 'Møbelsnekkerfaget', 'HD'],
  ])('knows %s as %s in %s', (code, label, programmeCode) => {
    expect(findTrade(code)).toMatchObject({ code, label, programmeCode });
  });
});

describe(findTrade.name, () => {
  it('returns undefined for an unknown code', () => {
    expect(findTrade('astronaut')).toBeUndefined();
    expect(findTrade('')).toBeUndefined();
  });
});

describe(findProgramme.name, () => {
  it('finds a programme by code', () => {
    expect(findProgramme('RM')?.label).toBe('Restaurant- og matfag');
  });

  it('is case-sensitive and returns undefined for an unknown code', () => {
    expect(findProgramme('rm')).toBeUndefined();
    expect(findProgramme('XX')).toBeUndefined();
  });
});
