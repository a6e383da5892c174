import { PROGRAMMES } from './programmes';

describe('PROGRAMMES', () => {
  it('lists the ten vocational programmes by their Udir codes', () => {
    expect(PROGRAMMES.map((item) => item.code)).toEqual([
      'BA',
      'EL',
      'FD',
      'HS',
      'IM',
      'NA',
      'RM',
      'SR',
      'TP',
      'HD',
    ]);
  });

  it('gives every programme 5 to 15 trades that point back to it', () => {
    for (const item of PROGRAMMES) {
      expect(item.trades.length).toBeGreaterThanOrEqual(5);
      expect(item.trades.length).toBeLessThanOrEqual(15);
      for (const trade of item.trades) {
        expect(trade.programmeCode).toBe(item.code);
      }
    }
  });

  it('uses ASCII lowercase slugs as trade codes', () => {
    for (const trade of PROGRAMMES.flatMap((item) => item.trades)) {
      expect(trade.code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    }
  });

  it('labels everything in bokmål and in English', () => {
    for (const item of [...PROGRAMMES, ...PROGRAMMES.flatMap((entry) => entry.trades)]) {
      expect(item.label.trim()).not.toBe('');
      expect(item.labelEn.trim()).not.toBe('');
    }
  });
});
