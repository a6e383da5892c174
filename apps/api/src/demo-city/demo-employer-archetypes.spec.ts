import { findMunicipality, findTrade, LIMITS, PROGRAMMES } from '@akselerator/domain';
import {
  EMPLOYER_ARCHETYPES,
  employerArchetype,
  FIXED_EMPLOYERS,
} from './demo-employer-archetypes';
import { DEMO_PLACES } from './demo-places';
import { PROGRAMME_PRACTICE } from './demo-programme-practice';
import { TRADE_PROFILES } from './demo-trade-profiles';

describe('EMPLOYER_ARCHETYPES', () => {
  it('has unique keys and only known trades that have a hospitering profile', () => {
    expect(new Set(EMPLOYER_ARCHETYPES.map((item) => item.key)).size).toBe(
      EMPLOYER_ARCHETYPES.length,
    );
    for (const archetype of EMPLOYER_ARCHETYPES) {
      expect(archetype.tradeCodes.length).toBeGreaterThan(0);
      for (const code of archetype.tradeCodes) {
        expect({
          code,
          known: findTrade(code) !== undefined,
          profile: TRADE_PROFILES.has(code),
        }).toEqual({ code, known: true, profile: true });
      }
      expect(archetype.names.length).toBeGreaterThan(0);
      expect(archetype.employees[0]).toBeLessThanOrEqual(archetype.employees[1]);
    }
  });

  it('offers generated employers in every programme', () => {
    const programmes = new Set(
      EMPLOYER_ARCHETYPES.filter((item) => item.weight > 0).map(
        (item) => findTrade(item.tradeCodes[0] ?? '')?.programmeCode,
      ),
    );
    expect(programmes.size).toBe(PROGRAMMES.length);
  });

  it('has a place for every archetype that is limited to some kinds of place', () => {
    for (const { key, placeTags } of EMPLOYER_ARCHETYPES) {
      if (placeTags !== undefined) {
        const places = DEMO_PLACES.filter((place) =>
          place.tags.some((tag) => placeTags.includes(tag)),
        );
        expect({ key, places: places.length > 0 }).toEqual({ key, places: true });
      }
    }
  });
});

describe('FIXED_EMPLOYERS', () => {
  it('uses known archetypes and places, and names that fit the limits', () => {
    for (const fixed of FIXED_EMPLOYERS) {
      expect(() => employerArchetype(fixed.archetypeKey)).not.toThrow();
      expect(DEMO_PLACES.some((place) => place.key === fixed.placeKey)).toBe(true);
      expect(fixed.name.length).toBeLessThanOrEqual(LIMITS.employerNameMax);
    }
    expect(FIXED_EMPLOYERS[0]?.name).toBe('Sørlandet Rør AS');
  });
});

describe('DEMO_PLACES', () => {
  it('uses Agder municipalities, four-digit postal codes and streets that fit the limits', () => {
    for (const place of DEMO_PLACES) {
      expect(findMunicipality(place.municipalityCode)).toBeDefined();
      for (const [code, postalPlace] of place.postalCodes) {
        expect(code).toMatch(/^\d{4}$/);
        expect(postalPlace.length).toBeLessThanOrEqual(LIMITS.postalPlaceMax);
      }
      expect(place.streets.every((street) => street.length + 4 <= LIMITS.streetMax)).toBe(true);
    }
  });
});

describe('PROGRAMME_PRACTICE', () => {
  it('describes a day for every programme with valid hours', () => {
    for (const { code } of PROGRAMMES) {
      const practice = PROGRAMME_PRACTICE[code];
      expect(practice).toBeDefined();
      for (const [start, end] of practice?.hours ?? []) {
        expect(start < end).toBe(true);
      }
    }
  });
});
