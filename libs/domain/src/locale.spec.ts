import { DEFAULT_LOCALE, Locale } from './locale';

describe('Locale', () => {
  it('uses BCP 47 language tags as values', () => {
    expect(Locale.NB).toBe('nb');
    expect(Locale.EN).toBe('en');
  });

  it('defaults to bokmål', () => {
    expect(DEFAULT_LOCALE).toBe(Locale.NB);
  });
});
