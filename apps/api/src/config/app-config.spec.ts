import { ConfigurationError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/akselerator',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-some-length',
};

describe(loadConfig.name, () => {
  it('applies defaults and converts numbers and booleans', () => {
    const sut = loadConfig({ ...valid, PORT: '4100', COOKIE_SECURE: 'false' });
    expect(sut.PORT).toBe(4100);
    expect(sut.COOKIE_SECURE).toBe(false);
    expect(sut.SESSION_TTL_HOURS).toBe(336);
    expect(sut.MEILI_INDEX_PREFIX).toBe('');
  });

  it('names every missing variable in one line', () => {
    expect(() => loadConfig({})).toThrow(ConfigurationError);
    try {
      loadConfig({});
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL is missing');
      expect(message).toContain('MEILI_URL is missing');
      expect(message).toContain('MEILI_MASTER_KEY is missing');
      expect(message).not.toContain('\n');
    }
  });

  it('rejects a malformed value with the variable name', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a postgres/,
    );
    expect(() => loadConfig({ ...valid, PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...valid, MEILI_MASTER_KEY: 'short' })).toThrow(/MEILI_MASTER_KEY/);
  });

  it('reads the required hospitering days, 2 unless set, at least 1', () => {
    expect(loadConfig(valid).REQUIRED_HOSPITERING_DAYS).toBe(2);
    expect(loadConfig({ ...valid, REQUIRED_HOSPITERING_DAYS: '3' }).REQUIRED_HOSPITERING_DAYS).toBe(
      3,
    );
    expect(() => loadConfig({ ...valid, REQUIRED_HOSPITERING_DAYS: '0' })).toThrow(
      /REQUIRED_HOSPITERING_DAYS/,
    );
    expect(() => loadConfig({ ...valid, REQUIRED_HOSPITERING_DAYS: 'two' })).toThrow(
      /REQUIRED_HOSPITERING_DAYS/,
    );
  });
});
