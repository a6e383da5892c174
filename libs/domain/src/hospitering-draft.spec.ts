import fc from 'fast-check';
import { AGDER_MUNICIPALITIES } from './agder-municipalities';
import { FieldErrorCode, type FieldError } from './field-error';
import {
  trimHospiteringDraft,
  validateAddressDraft,
  validateHospiteringDraft,
  validateSlotDrafts,
  type HospiteringDraft,
  type SlotDraft,
} from './hospitering-draft';
import { addDays } from './iso-date';
import { LIMITS } from './limits';
import { Locale } from './locale';
import { TRADES } from './taxonomy';

const today = '2026-03-02';

function slot(overrides: Partial<SlotDraft> = {}): SlotDraft {
  return { date: '2026-03-10', startTime: '08:00', endTime: '14:00', capacity: 3, ...overrides };
}

function draft(overrides: Partial<HospiteringDraft> = {}): HospiteringDraft {
  return {
    title: 'En dag som rørlegger',
    description: 'Bli med en av våre rørleggere ut på oppdrag i Kvadraturen.',
    tasks: 'Bære verktøy, skru på en servant, se hvordan vi finner en lekkasje.',
    practicalInfo: 'Møt opp i resepsjonen klokka 08:00. Ta med matpakke.',
    tradeCode: 'rorlegger',
    address: {
      street: 'Markens gate 12',
      postalCode: '4611',
      postalPlace: 'Kristiansand S',
      municipalityCode: '4204',
      latitude: 58.1467,
      longitude: 7.9956,
    },
    slots: [slot(), slot({ date: '2026-03-11' })],
    ...overrides,
  };
}

function codesByField(errors: readonly FieldError[]): Record<string, FieldErrorCode[]> {
  const result: Record<string, FieldErrorCode[]> = {};
  for (const error of errors) {
    (result[error.field] ??= []).push(error.code);
  }
  return result;
}

const text = (min: number, max: number) =>
  fc
    .string({
      unit: fc.constantFrom(...Array.from('abcæøå ABCÆØÅ.,-0123456789')),
      minLength: min,
      maxLength: max,
    })
    .filter((value) => Array.from(value.trim()).length >= min);

const validSlots = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: LIMITS.slotsMax })
  .chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc
          .record({
            start: fc.integer({ min: 0, max: 1438 }),
            length: fc.integer({ min: 1, max: 600 }),
            capacity: fc.integer({ min: LIMITS.slotCapacityMin, max: LIMITS.slotCapacityMax }),
          })
          .map(({ start, length, capacity }): SlotDraft => {
            const end = Math.min(start + length, 1439);
            const hhmm = (minutes: number) =>
              `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            return {
              date: addDays(today, offset),
              startTime: hhmm(start),
              endTime: hhmm(end),
              capacity,
            };
          }),
      ),
    ),
  );

const validDraft: fc.Arbitrary<HospiteringDraft> = fc.record({
  title: text(LIMITS.titleMin, LIMITS.titleMax),
  description: text(1, 300),
  tasks: text(1, 200),
  practicalInfo: text(0, 200),
  tradeCode: fc.constantFrom(...TRADES.map((trade) => trade.code)),
  address: fc.record({
    street: text(1, LIMITS.streetMax),
    postalCode: fc.integer({ min: 0, max: 9999 }).map((value) => String(value).padStart(4, '0')),
    postalPlace: text(1, LIMITS.postalPlaceMax),
    municipalityCode: fc.constantFrom(...AGDER_MUNICIPALITIES.map((item) => item.code)),
    latitude: fc.double({ min: 57.8, max: 59.8, noNaN: true }),
    longitude: fc.double({ min: 6.1, max: 9.7, noNaN: true }),
  }),
  slots: validSlots,
});

describe(validateHospiteringDraft.name, () => {
  it('accepts a complete draft', () => {
    expect(validateHospiteringDraft(draft(), today)).toEqual([]);
  });

  it('accepts every draft that follows the rules', () => {
    fc.assert(
      fc.property(validDraft, (sut) => {
        expect(validateHospiteringDraft(sut, today)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('lets practical information be empty, but not what the pupil will do', () => {
    expect(validateHospiteringDraft(draft({ practicalInfo: '' }), today)).toEqual([]);
    expect(validateHospiteringDraft(draft({ tasks: ' ' }), today).map((error) => error.field)).toEqual(['tasks']);
  });

  it('requires the title, description and trade, counting trimmed text', () => {
    const sut = validateHospiteringDraft(
      draft({ title: '  ', description: '\n', tradeCode: '' }),
      today,
    );
    expect(codesByField(sut)).toEqual({
      title: [FieldErrorCode.REQUIRED],
      description: [FieldErrorCode.REQUIRED],
      tradeCode: [FieldErrorCode.REQUIRED],
    });
  });

  it('checks text lengths against LIMITS', () => {
    const sut = validateHospiteringDraft(
      draft({
        title: '  ab  ',
        description: 'x'.repeat(LIMITS.descriptionMax + 1),
        tasks: 'x'.repeat(LIMITS.tasksMax + 1),
        practicalInfo: 'x'.repeat(LIMITS.practicalInfoMax + 1),
      }),
      today,
    );
    expect(codesByField(sut)).toEqual({
      title: [FieldErrorCode.TOO_SHORT],
      description: [FieldErrorCode.TOO_LONG],
      tasks: [FieldErrorCode.TOO_LONG],
      practicalInfo: [FieldErrorCode.TOO_LONG],
    });
    expect(sut[0]?.message).toBe('Skriv minst 3 tegn.');
  });

  it('accepts texts exactly at the limits', () => {
    const sut = draft({
      title: 'x'.repeat(LIMITS.titleMax),
      description: 'x'.repeat(LIMITS.descriptionMax),
      tasks: 'x'.repeat(LIMITS.tasksMax),
      practicalInfo: 'x'.repeat(LIMITS.practicalInfoMax),
    });
    expect(validateHospiteringDraft(sut, today)).toEqual([]);
  });

  it('refuses an unknown trade', () => {
    expect(
      codesByField(validateHospiteringDraft(draft({ tradeCode: 'astronaut' }), today)),
    ).toEqual({
      tradeCode: [FieldErrorCode.UNKNOWN_TRADE],
    });
  });

  it('checks every part of the address', () => {
    const sut = validateHospiteringDraft(
      draft({
        address: {
          street: '',
          postalCode: '461',
          postalPlace: 'x'.repeat(LIMITS.postalPlaceMax + 1),
          municipalityCode: '0301',
          latitude: 59.5,
          longitude: 10.75,
        },
      }),
      today,
    );
    expect(codesByField(sut)).toEqual({
      'address.street': [FieldErrorCode.REQUIRED],
      'address.postalCode': [FieldErrorCode.INVALID_POSTAL_CODE],
      'address.postalPlace': [FieldErrorCode.TOO_LONG],
      'address.municipalityCode': [FieldErrorCode.UNKNOWN_MUNICIPALITY],
      'address.longitude': [FieldErrorCode.INVALID_COORDINATES],
    });
  });

  it('refuses coordinates that are not numbers', () => {
    const address = {
      ...draft().address,
      latitude: Number.NaN,
      longitude: Number.POSITIVE_INFINITY,
    };
    expect(codesByField(validateHospiteringDraft(draft({ address }), today))).toEqual({
      'address.latitude': [FieldErrorCode.INVALID_COORDINATES],
      'address.longitude': [FieldErrorCode.INVALID_COORDINATES],
    });
  });

  it('requires at least one day and at most slotsMax', () => {
    expect(codesByField(validateHospiteringDraft(draft({ slots: [] }), today))).toEqual({
      slots: [FieldErrorCode.REQUIRED],
    });
    const tooMany = Array.from({ length: LIMITS.slotsMax + 1 }, (_, index) =>
      slot({ date: addDays(today, index) }),
    );
    expect(codesByField(validateHospiteringDraft(draft({ slots: tooMany }), today))).toEqual({
      slots: [FieldErrorCode.TOO_MANY_SLOTS],
    });
  });

  it('checks each day and names it by its position', () => {
    const sut = validateHospiteringDraft(
      draft({
        slots: [
          slot({ date: today }),
          slot({ date: '2026-02-30', startTime: '8:00', capacity: 0 }),
          slot({ date: '2026-03-01', endTime: '24:00', capacity: 2.5 }),
          slot({ date: '2026-03-12', startTime: '14:00', endTime: '14:00', capacity: 501 }),
          slot({ date: '2026-03-12', capacity: Number.NaN }),
          slot({ date: '' }),
        ],
      }),
      today,
    );
    expect(codesByField(sut)).toEqual({
      'slots.1.date': [FieldErrorCode.INVALID_DATE],
      'slots.1.startTime': [FieldErrorCode.INVALID_TIME],
      'slots.1.capacity': [FieldErrorCode.CAPACITY_OUT_OF_RANGE],
      'slots.2.date': [FieldErrorCode.DATE_IN_PAST],
      'slots.2.endTime': [FieldErrorCode.INVALID_TIME],
      'slots.2.capacity': [FieldErrorCode.CAPACITY_OUT_OF_RANGE],
      'slots.3.endTime': [FieldErrorCode.END_BEFORE_START],
      'slots.3.capacity': [FieldErrorCode.CAPACITY_OUT_OF_RANGE],
      'slots.4.date': [FieldErrorCode.DUPLICATE_SLOT_DATE],
      'slots.4.capacity': [FieldErrorCode.CAPACITY_OUT_OF_RANGE],
      'slots.5.date': [FieldErrorCode.REQUIRED],
    });
    expect(sut.find((error) => error.field === 'slots.1.capacity')?.message).toBe(
      'Antall plasser må være et helt tall fra 1 til 500.',
    );
  });

  it('flags only the later of two days on the same date', () => {
    fc.assert(
      fc.property(validDraft, fc.nat(), (valid, pick) => {
        fc.pre(valid.slots.length < LIMITS.slotsMax);
        const copied = valid.slots[pick % valid.slots.length] ?? slot();
        const slots = [...valid.slots, slot({ date: copied.date })];
        const sut = validateHospiteringDraft({ ...valid, slots }, today);
        expect(sut).toEqual([
          expect.objectContaining({
            field: `slots.${valid.slots.length}.date`,
            code: FieldErrorCode.DUPLICATE_SLOT_DATE,
          }),
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it('speaks English when asked', () => {
    const [sut] = validateHospiteringDraft(draft({ title: '' }), today, Locale.EN);
    expect(sut).toEqual({
      field: 'title',
      code: FieldErrorCode.REQUIRED,
      message: 'Please fill in this field.',
    });
  });

  it('throws when today is not a date, because that is a bug in the caller', () => {
    expect(() => validateHospiteringDraft(draft(), '02.03.2026')).toThrow(RangeError);
  });
});

describe(validateAddressDraft.name, () => {
  it('uses the given prefix', () => {
    const sut = validateAddressDraft(
      { ...draft().address, postalCode: '' },
      Locale.NB,
      'employer.address',
    );
    expect(codesByField(sut)).toEqual({ 'employer.address.postalCode': [FieldErrorCode.REQUIRED] });
  });
});

describe(validateSlotDrafts.name, () => {
  it('checks days on their own', () => {
    expect(validateSlotDrafts([slot()], today)).toEqual([]);
    expect(codesByField(validateSlotDrafts([slot({ date: '2026-03-01' })], today))).toEqual({
      'slots.0.date': [FieldErrorCode.DATE_IN_PAST],
    });
  });
});

describe(trimHospiteringDraft.name, () => {
  it('trims every text and code and keeps the numbers', () => {
    const sut = trimHospiteringDraft(
      draft({
        title: '  Rørlegger for en dag ',
        tradeCode: ' rorlegger ',
        address: { ...draft().address, postalCode: ' 4611 ', municipalityCode: '4204 ' },
        slots: [slot({ date: ' 2026-03-10', startTime: '08:00 ' })],
      }),
    );
    expect(sut.title).toBe('Rørlegger for en dag');
    expect(sut.tradeCode).toBe('rorlegger');
    expect(sut.address).toMatchObject({
      postalCode: '4611',
      municipalityCode: '4204',
      latitude: 58.1467,
    });
    expect(sut.slots).toEqual([slot()]);
  });

  it('keeps a valid draft valid', () => {
    fc.assert(
      fc.property(validDraft, (valid) => {
        expect(validateHospiteringDraft(trimHospiteringDraft(valid), today)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
