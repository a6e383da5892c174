import { ApplicationSharedField } from '@akselerator/domain';
import { SharedProfile, takeSnapshot, type SnapshotSource } from './shared-profile';

const source: SnapshotSource = {
  displayName: 'Ola Nordmann',
  email: 'ola@skole.example',
  birthDate: '2010-06-15',
  homeMunicipalityCode: '4204',
  programmeCodes: ['BA'],
  tradeCodes: ['tomrer'],
  strengths: ['HANDS_ON'],
  adaptationsNeeded: ['SHORT_DAYS'],
};

describe(takeSnapshot.name, () => {
  it('copies the chosen fields and nothing else', () => {
    const sut = takeSnapshot(
      [ApplicationSharedField.NAME, ApplicationSharedField.INTERESTS],
      source,
      '2026-11-29',
    );
    expect(sut).toEqual({ name: 'Ola Nordmann', programmeCodes: ['BA'], tradeCodes: ['tomrer'] });
  });

  it('shares an age in whole years on the day of applying, never the birth date', () => {
    expect(takeSnapshot([ApplicationSharedField.AGE], source, '2026-06-14')).toEqual({ age: 15 });
    expect(takeSnapshot([ApplicationSharedField.AGE], source, '2026-06-15')).toEqual({ age: 16 });
    expect(
      takeSnapshot([ApplicationSharedField.AGE], { ...source, birthDate: null }, '2026-06-15'),
    ).toEqual({ age: null });
  });

  it('is a copy: later profile changes do not reach it', () => {
    const strengths = ['CALM'];
    const sut = takeSnapshot(
      [ApplicationSharedField.STRENGTHS],
      { ...source, strengths },
      '2026-11-29',
    );
    strengths.push('SOCIAL');
    expect(sut.strengths).toEqual(['CALM']);
  });
});

describe(SharedProfile.name, () => {
  it('shows what was not shared as null and names the municipality', () => {
    const sut = SharedProfile.from({ homeMunicipalityCode: '4204', strengths: [] });
    expect(sut).toMatchObject({
      name: null,
      email: null,
      age: null,
      homeMunicipalityCode: '4204',
      homeMunicipalityName: 'Kristiansand',
      programmeCodes: null,
      strengths: [],
    });
  });
});
