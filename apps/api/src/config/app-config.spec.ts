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

  it('says that a word is not a number, and what was given, instead of a range it broke', () => {
    expect(() => loadConfig({ ...valid, SESSION_TTL_HOURS: 'abc' })).toThrow(
      'Invalid configuration: SESSION_TTL_HOURS must be an integer number, got "abc"',
    );
    expect(() => loadConfig({ ...valid, CASELOAD_MAX: '-3' })).toThrow(
      'CASELOAD_MAX must not be less than 1, got -3',
    );
  });

  it('never repeats a value that may hold a secret', () => {
    let message = '';
    try {
      loadConfig({ ...valid, MEILI_MASTER_KEY: 'hemmelig', DATABASE_URL: 'mysql://u:pw@db/x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('MEILI_MASTER_KEY must be at least 16 characters');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
    expect(message).not.toContain('hemmelig');
    expect(message).not.toContain('pw@');
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
