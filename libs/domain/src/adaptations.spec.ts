import { Adaptation, ADAPTATIONS, findAdaptation, isAdaptation } from './adaptations';

describe('Adaptation', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(Adaptation)) {
      expect(value).toBe(key);
    }
  });

  it('labels every adaptation exactly once, in bokmål and in English', () => {
    expect(ADAPTATIONS.map((item) => item.code).sort()).toEqual(Object.values(Adaptation).sort());
    for (const item of ADAPTATIONS) {
      for (const text of [item.label, item.labelEn, item.offered, item.offeredEn]) {
        expect(text.trim()).not.toBe('');
      }
      expect(item.offered).toBe(item.offered.toLowerCase());
    }
  });

  it('reads naturally after "Tilbyr"', () => {
    expect(`Tilbyr ${findAdaptation(Adaptation.SHORT_DAYS)?.offered ?? ''}`).toBe(
      'Tilbyr korte dager',
    );
  });

  it('finds an adaptation by code and rejects unknown codes', () => {
    expect(findAdaptation('QUIET_WORKPLACE')?.label).toBe('Rolig arbeidsplass');
    expect(findAdaptation('DIAGNOSIS')).toBeUndefined();
    expect(isAdaptation('FLEXIBLE_START')).toBe(true);
    expect(isAdaptation('flexible_start')).toBe(false);
  });
});
