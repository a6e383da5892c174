import {
  APPLICATION_SHARED_FIELDS,
  ApplicationSharedField,
  isApplicationSharedField,
  normaliseSharedFields,
  validateApplicationDraft,
} from './application-draft';
import { FieldErrorCode } from './field-error';
import { Locale } from './locale';

describe(validateApplicationDraft.name, () => {
  const motivation = 'Jeg liker å jobbe med hendene og vil lære faget.';

  it('accepts a short motivation with any choice of fields, even none', () => {
    expect(validateApplicationDraft({ motivation, sharedFields: [] })).toEqual([]);
    expect(
      validateApplicationDraft({
        motivation,
        sharedFields: Object.values(ApplicationSharedField),
      }),
    ).toEqual([]);
  });

  it('asks for a motivation of reasonable length, in Norwegian by default', () => {
    expect(validateApplicationDraft({ motivation: '   ', sharedFields: [] })).toEqual([
      expect.objectContaining({ field: 'motivation', code: FieldErrorCode.REQUIRED }),
    ]);
    expect(validateApplicationDraft({ motivation: 'Hei!', sharedFields: [] })[0]).toMatchObject({
      field: 'motivation',
      code: FieldErrorCode.TOO_SHORT,
      message: 'Skriv minst 10 tegn.',
    });
    expect(
      validateApplicationDraft({ motivation: 'ø'.repeat(1001), sharedFields: [] }, Locale.EN)[0],
    ).toMatchObject({ field: 'motivation', code: FieldErrorCode.TOO_LONG });
  });

  it('names the unknown field by its position', () => {
    expect(validateApplicationDraft({ motivation, sharedFields: ['NAME', 'PASSWORD'] })).toEqual([
      expect.objectContaining({ field: 'sharedFields.1', code: FieldErrorCode.OUT_OF_RANGE }),
    ]);
  });
});

describe(normaliseSharedFields.name, () => {
  it("keeps each chosen field once, in the form's order", () => {
    expect(normaliseSharedFields(['STRENGTHS', 'NAME', 'STRENGTHS'])).toEqual([
      ApplicationSharedField.NAME,
      ApplicationSharedField.STRENGTHS,
    ]);
  });
});

describe(isApplicationSharedField.name, () => {
  it('knows every field and labels each', () => {
    for (const code of Object.values(ApplicationSharedField)) {
      expect(isApplicationSharedField(code)).toBe(true);
    }
    expect(APPLICATION_SHARED_FIELDS).toHaveLength(Object.values(ApplicationSharedField).length);
    expect(isApplicationSharedField('passwordHash')).toBe(false);
  });
});
