import { findStrength, isStrength, Strength, STRENGTHS } from './strengths';

describe('Strength', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(Strength)) {
      expect(value).toBe(key);
    }
  });

  it('labels every strength exactly once, in bokmål and in English', () => {
    expect(STRENGTHS.map((item) => item.code).sort()).toEqual(Object.values(Strength).sort());
    for (const item of STRENGTHS) {
      expect(item.label.trim()).not.toBe('');
      expect(item.labelEn.trim()).not.toBe('');
      expect(item.label.charAt(0)).toBe(item.label.charAt(0).toUpperCase());
    }
  });

  it('keeps the list positive: no diagnosis or deficit words', () => {
    const words = /diagnose|adhd|angst|depresj|lidelse|problem med|svak|vansker|ikke /i;
    for (const item of STRENGTHS) {
      expect(item.label).not.toMatch(words);
    }
  });

  it('finds a strength by code and rejects unknown codes', () => {
    expect(findStrength('ACCURATE')?.label).toBe('Nøyaktig');
    expect(findStrength('LAZY')).toBeUndefined();
    expect(isStrength('CARING')).toBe(true);
    expect(isStrength('caring')).toBe(false);
  });
});
