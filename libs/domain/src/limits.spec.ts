import { LIMITS } from './limits';

describe('LIMITS', () => {
  it('holds the agreed values', () => {
    expect(LIMITS).toEqual({
      emailMax: 254,
      passwordMin: 10,
      passwordMax: 128,
      displayNameMax: 80,
      employerNameMax: 120,
      titleMin: 3,
      titleMax: 120,
      descriptionMax: 4000,
      tasksMax: 2000,
      practicalInfoMax: 2000,
      streetMax: 120,
      postalPlaceMax: 60,
      slotsMax: 60,
      slotCapacityMin: 1,
      slotCapacityMax: 500,
      searchQueryMax: 200,
      pageSizeMax: 50,
    });
  });

  it('keeps every minimum below its maximum', () => {
    expect(LIMITS.passwordMin).toBeLessThan(LIMITS.passwordMax);
    expect(LIMITS.titleMin).toBeLessThan(LIMITS.titleMax);
    expect(LIMITS.slotCapacityMin).toBeLessThan(LIMITS.slotCapacityMax);
  });
});
