import fc from 'fast-check';
import {
  CLASS_CODE_ALPHABET,
  formatClassCode,
  generateClassCode,
  isClassCode,
  normaliseClassCode,
} from './class-code';

describe('class codes', () => {
  it('has an alphabet without look-alikes', () => {
    for (const char of ['0', 'O', '1', 'I']) expect(CLASS_CODE_ALPHABET).not.toContain(char);
    expect(new Set(CLASS_CODE_ALPHABET).size).toBe(32);
  });

  it('accepts lower case, spaces and a missing hyphen', () => {
    expect(normaliseClassCode('K7PX-4QXM')).toBe('K7PX4QXM');
    expect(normaliseClassCode('k7px4qxm')).toBe('K7PX4QXM');
    expect(normaliseClassCode(' k7px 4qxm ')).toBe('K7PX4QXM');
    expect(normaliseClassCode('K7P-X4Q-XM')).toBe('K7PX4QXM');
  });

  it('refuses look-alikes, wrong lengths and other characters', () => {
    expect(normaliseClassCode('K7PX-4QX0')).toBeNull();
    expect(normaliseClassCode('K7PX-4QXO')).toBeNull();
    expect(normaliseClassCode('K7PX-4QX1')).toBeNull();
    expect(normaliseClassCode('K7PX-4QXI')).toBeNull();
    expect(normaliseClassCode('K7PX-4QX')).toBeNull();
    expect(normaliseClassCode('K7PX-4QXMM')).toBeNull();
    expect(normaliseClassCode('K7PX_4QXM')).toBeNull();
    expect(normaliseClassCode('')).toBeNull();
    expect(isClassCode('ÆØÅA-BCDE')).toBe(false);
  });

  it('formats in two groups of four', () => {
    expect(formatClassCode('k7px4qxm')).toBe('K7PX-4QXM');
    expect(() => formatClassCode('nope')).toThrow(RangeError);
  });

  it('generates codes that survive formatting and sloppy typing', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (numbers) => {
        let i = 0;
        const code = generateClassCode((n) => (numbers[i++] ?? 0) % n);
        expect(normaliseClassCode(code)).toBe(code);
        expect(normaliseClassCode(formatClassCode(code).toLowerCase())).toBe(code);
      }),
    );
  });

  it('refuses a random source out of range', () => {
    expect(() => generateClassCode(() => 32)).toThrow(RangeError);
  });
});
