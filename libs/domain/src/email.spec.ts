import fc from 'fast-check';
import { isValidEmail, normaliseEmail } from './email';
import { LIMITS } from './limits';

describe(isValidEmail.name, () => {
  it.each([
    'elev@demo.akselerator.no',
    'Kari.Nordmann@kristiansand.kommune.no',
    'ole+hospitering@gmail.com',
    "o'brien@example.ie",
    'post@blåbær.no',
    'a@b.co',
  ])('accepts %s', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });

  it.each([
    '',
    'elev',
    'elev@',
    '@demo.no',
    'elev@demo',
    'elev@@demo.no',
    'el ev@demo.no',
    'elev@demo..no',
    'elev.@demo.no',
    '.elev@demo.no',
    'elev@-demo.no',
    'elev@demo.n',
    'elev@demo.123',
    ' elev@demo.no',
    'elev@demo.no ',
    'elev@[127.0.0.1]',
  ])('rejects %j', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });

  it('rejects addresses longer than the limit', () => {
    const local = 'a'.repeat(64);
    const host = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.no`;
    expect(`${local}@${host}`.length).toBeGreaterThan(LIMITS.emailMax);
    expect(isValidEmail(`${local}@${host}`)).toBe(false);
  });

  it('rejects local parts longer than 64 characters', () => {
    expect(isValidEmail(`${'a'.repeat(65)}@demo.no`)).toBe(false);
    expect(isValidEmail(`${'a'.repeat(64)}@demo.no`)).toBe(true);
  });

  it('accepts generated well-formed addresses', () => {
    fc.assert(
      fc.property(
        fc.emailAddress().filter((value) => value.length <= LIMITS.emailMax),
        (value) => {
          const [local = '', host = ''] = value.split('@');
          fc.pre(local.length <= 64 && /\.[a-z]{2,}$/i.test(host) && !/@.*\.-|-\./.test(value));
          expect(isValidEmail(value)).toBe(true);
        },
      ),
    );
  });

  it('never accepts a string without exactly one @ or with whitespace', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(value.split('@').length !== 2 || /\s/.test(value));
        expect(isValidEmail(value)).toBe(false);
      }),
    );
  });
});

describe(normaliseEmail.name, () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Elev@Demo.Akselerator.NO ')).toBe('elev@demo.akselerator.no');
  });
});
