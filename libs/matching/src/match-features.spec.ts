import fc from 'fast-check';
import {
  adaptationFit,
  clamp01,
  dateFit,
  distanceFit,
  exposureFit,
  hoursFit,
  strengthsFit,
  waitedShare,
} from './match-features';
import { weightedScore } from './match-score';

describe(distanceFit.name, () => {
  const sut = distanceFit;

  it('is 1 at the door, ½ at the half-score distance and neutral when unknown', () => {
    expect(sut(0, 10)).toBe(1);
    expect(sut(10, 10)).toBe(0.5);
    expect(sut(null, 10)).toBe(0.5);
    expect(sut(Number.NaN, 10)).toBe(0.5);
  });

  it('never rises with distance and stays in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (a, b) => {
          const [near, far] = a <= b ? [a, b] : [b, a];
          expect(sut(near, 10)).toBeGreaterThanOrEqual(sut(far, 10));
          expect(sut(far, 10)).toBeGreaterThanOrEqual(0);
          expect(sut(near, 10)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe(strengthsFit.name, () => {
  it('is the share of the sought strengths that the youth has', () => {
    expect(strengthsFit(['A', 'B'], ['A', 'C', 'D', 'E'])).toBe(0.25);
    expect(strengthsFit(['A'], [])).toBe(0);
  });
});

describe(adaptationFit.name, () => {
  it('is the share of needs met, and 1 when nothing is needed', () => {
    expect(adaptationFit(['X', 'Y'], ['Y'])).toBe(0.5);
    expect(adaptationFit([], [])).toBe(1);
  });
});

describe(dateFit.name, () => {
  it('prefers sooner slots and gives open places the neutral value', () => {
    expect(dateFit(0, 60, 0.5)).toBe(1);
    expect(dateFit(30, 60, 0.5)).toBe(0.5);
    expect(dateFit(90, 60, 0.5)).toBe(0);
    expect(dateFit(Number.POSITIVE_INFINITY, 60, 0.5)).toBe(0);
    expect(dateFit(null, 60, 0.5)).toBe(0.5);
  });
});

describe(hoursFit.name, () => {
  const sut = hoursFit;

  it('is 1 without wishes and scales down hours above the limit', () => {
    expect(
      sut({ maxHoursPerWeek: null, needsShortDays: false }, { hoursPerWeek: 37.5, dayHours: 8 }, 6),
    ).toBe(1);
    expect(
      sut({ maxHoursPerWeek: 20, needsShortDays: false }, { hoursPerWeek: 40, dayHours: null }, 6),
    ).toBe(0.5);
    expect(
      sut({ maxHoursPerWeek: null, needsShortDays: true }, { hoursPerWeek: null, dayHours: 8 }, 6),
    ).toBe(0.75);
    expect(
      sut({ maxHoursPerWeek: null, needsShortDays: true }, { hoursPerWeek: 20, dayHours: null }, 6),
    ).toBe(1);
  });

  it('is neutral when a wish meets unknown hours', () => {
    expect(
      sut(
        { maxHoursPerWeek: 20, needsShortDays: false },
        { hoursPerWeek: null, dayHours: null },
        6,
      ),
    ).toBe(0.5);
    expect(
      sut(
        { maxHoursPerWeek: null, needsShortDays: true },
        { hoursPerWeek: null, dayHours: Number.NaN },
        6,
      ),
    ).toBe(0.5);
  });
});

describe(waitedShare.name, () => {
  it('rises to 1 at the 8-week limit and stays there', () => {
    expect(waitedShare(null, 56)).toBe(0);
    expect(waitedShare(28, 56)).toBe(0.5);
    expect(waitedShare(200, 56)).toBe(1);
  });
});

describe(exposureFit.name, () => {
  it('gives places without bookings full exposure', () => {
    expect(exposureFit(0, 10)).toBe(1);
    expect(exposureFit(10, 10)).toBe(0.5);
  });
});

describe(weightedScore.name, () => {
  const sut = weightedScore;

  it('is the weighted mean of the features', () => {
    expect(sut({ a: 1, b: 0 }, { a: 3, b: 1 }, ['a', 'b'])).toBe(0.75);
  });

  it('ignores negative and non-finite weights and is 0 without any weight', () => {
    expect(sut({ a: 1, b: 0 }, { a: 1, b: -5 }, ['a', 'b'])).toBe(1);
    expect(sut({ a: 1, b: 0 }, { a: Number.NaN, b: 0 }, ['a', 'b'])).toBe(0);
  });

  it('stays finite and within [0, 1] for any features and weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double(), fc.double()), { minLength: 1, maxLength: 8 }),
        (pairs) => {
          const names = pairs.map((_, index) => `f${index}`);
          const features = Object.fromEntries(pairs.map(([x], index) => [`f${index}`, x]));
          const weights = Object.fromEntries(pairs.map(([, w], index) => [`f${index}`, w]));
          const score = sut(features, weights, names);
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe(clamp01.name, () => {
  it('maps NaN and infinities to 0', () => {
    expect(clamp01(Number.NaN)).toBe(0);
    expect(clamp01(Number.POSITIVE_INFINITY)).toBe(0);
    expect(clamp01(1.5)).toBe(1);
    expect(clamp01(-1)).toBe(0);
  });
});
