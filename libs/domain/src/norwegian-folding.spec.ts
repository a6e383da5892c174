import fc from 'fast-check';
import { foldNorwegian, foldNorwegianLoosely } from './norwegian-folding';

describe(foldNorwegian.name, () => {
  it.each([
    ['Frisør', 'frisor'],
    ['Tømrerfaget', 'tomrerfaget'],
    ['Tannhelsesekretær', 'tannhelsesekretaer'],
    ['Sjåfør på Øya', 'sjafor pa oya'],
    ['Kafé', 'kafe'],
    ['ÆØÅ', 'aeoa'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldNorwegian(text)).toBe(folded);
  });

  it('is idempotent and leaves plain ASCII lower-cased', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = foldNorwegian(text);
        expect(foldNorwegian(once)).toBe(once);
      }),
    );
    expect(foldNorwegian('Elektriker 4611')).toBe('elektriker 4611');
  });
});

describe(foldNorwegianLoosely.name, () => {
  it.each([
    ['frisoer', 'Frisør'],
    ['frisor', 'Frisør'],
    ['aasen', 'Åsen'],
    ['sekreter', 'sekretær'],
  ])('gives %s and %s the same fold', (typed, written) => {
    expect(foldNorwegianLoosely(typed)).toBe(foldNorwegianLoosely(written));
  });
});
