import fc from 'fast-check';
import { distanceKm, isInsideBoundingBox, type GeoPoint } from './geo-point';

const point = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe(distanceKm.name, () => {
  const kristiansand: GeoPoint = { latitude: 58.1467, longitude: 7.9956 };
  const oslo: GeoPoint = { latitude: 59.9139, longitude: 10.7522 };

  it('measures Kristiansand to Oslo as about 250 km', () => {
    expect(distanceKm(kristiansand, oslo)).toBeGreaterThan(240);
    expect(distanceKm(kristiansand, oslo)).toBeLessThan(260);
  });

  it('measures a quarter of a meridian as about 10 008 km', () => {
    const sut = distanceKm({ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 });
    expect(sut).toBeCloseTo(10007.5, 0);
  });

  it('is zero between a point and itself', () => {
    fc.assert(fc.property(point, (a) => distanceKm(a, a) === 0));
  });

  it('is symmetric, non-negative and at most half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const sut = distanceKm(a, b);
        expect(sut).toBeGreaterThanOrEqual(0);
        expect(sut).toBeLessThanOrEqual(20016);
        expect(sut).toBeCloseTo(distanceKm(b, a), 6);
      }),
    );
  });
});

describe(isInsideBoundingBox.name, () => {
  const box = { south: 58, west: 7, north: 59, east: 8 };

  it('includes the edges', () => {
    expect(isInsideBoundingBox({ latitude: 58, longitude: 7 }, box)).toBe(true);
    expect(isInsideBoundingBox({ latitude: 59, longitude: 8 }, box)).toBe(true);
  });

  it('excludes points outside and NaN', () => {
    expect(isInsideBoundingBox({ latitude: 57.99, longitude: 7.5 }, box)).toBe(false);
    expect(isInsideBoundingBox({ latitude: 58.5, longitude: 8.01 }, box)).toBe(false);
    expect(isInsideBoundingBox({ latitude: Number.NaN, longitude: 7.5 }, box)).toBe(false);
  });
});
