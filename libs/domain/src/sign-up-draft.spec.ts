import fc from 'fast-check';
import { FieldErrorCode, type FieldError } from './field-error';
import { Locale } from './locale';
import { organisationNumberCheckDigit } from './organisation-number';
import { Role } from './role';
import { validateSignUpDraft, type SignUpDraft } from './sign-up-draft';

const youth: SignUpDraft = {
  email: 'elev@demo.akselerator.no',
  password: 'Sommerfugl-2026',
  displayName: 'Emma',
  role: Role.YOUTH,
};

const employer: SignUpDraft = {
  email: 'post@sorlandet-ror.no',
  password: 'Rør-og-rør-igjen',
  displayName: 'Sissel Tønnessen',
  role: Role.EMPLOYER,
  employer: { name: 'Sørlandet Rør AS', organisationNumber: '923 609 016' },
};

function codesByField(errors: readonly FieldError[]): Record<string, FieldErrorCode[]> {
  const result: Record<string, FieldErrorCode[]> = {};
  for (const error of errors) {
    (result[error.field] ??= []).push(error.code);
  }
  return result;
}

const validOrganisationNumber = fc
  .string({ unit: fc.constantFrom(...Array.from('0123456789')), minLength: 8, maxLength: 8 })
  .map((digits) => ({ digits, check: organisationNumberCheckDigit(digits) }))
  .filter(({ check }) => check !== undefined)
  .map(({ digits, check }) => `${digits}${String(check)}`);

describe(validateSignUpDraft.name, () => {
  it('accepts a youth and an employer', () => {
    expect(validateSignUpDraft(youth)).toEqual([]);
    expect(validateSignUpDraft(employer)).toEqual([]);
  });

  it('accepts an employer with any valid organisation number', () => {
    fc.assert(
      fc.property(validOrganisationNumber, (organisationNumber) => {
        const sut = validateSignUpDraft({
          ...employer,
          employer: { name: 'Vågsbygd Bil AS', organisationNumber },
        });
        expect(sut).toEqual([]);
      }),
    );
  });

  it('requires e-mail, password and name', () => {
    const sut = validateSignUpDraft({ ...youth, email: ' ', password: '', displayName: '  ' });
    expect(codesByField(sut)).toEqual({
      email: [FieldErrorCode.REQUIRED],
      password: [FieldErrorCode.REQUIRED],
      displayName: [FieldErrorCode.REQUIRED],
    });
  });

  it('checks the e-mail address trimmed', () => {
    expect(validateSignUpDraft({ ...youth, email: '  elev@demo.akselerator.no ' })).toEqual([]);
    expect(codesByField(validateSignUpDraft({ ...youth, email: 'elev@demo' }))).toEqual({
      email: [FieldErrorCode.INVALID_EMAIL],
    });
    expect(
      codesByField(validateSignUpDraft({ ...youth, email: `${'a'.repeat(250)}@x.no` })),
    ).toEqual({
      email: [FieldErrorCode.TOO_LONG],
    });
  });

  it('applies the password rules', () => {
    expect(codesByField(validateSignUpDraft({ ...youth, password: 'kort' }))).toEqual({
      password: [FieldErrorCode.TOO_SHORT],
    });
    expect(codesByField(validateSignUpDraft({ ...youth, password: 'x1'.repeat(65) }))).toEqual({
      password: [FieldErrorCode.TOO_LONG],
    });
    expect(codesByField(validateSignUpDraft({ ...youth, password: '1234567890' }))).toEqual({
      password: [FieldErrorCode.WEAK_PASSWORD],
    });
    expect(
      codesByField(validateSignUpDraft({ ...youth, password: 'elev@demo.akselerator.no' })),
    ).toEqual({
      password: [FieldErrorCode.WEAK_PASSWORD],
    });
  });

  it('limits the display name', () => {
    expect(codesByField(validateSignUpDraft({ ...youth, displayName: 'x'.repeat(81) }))).toEqual({
      displayName: [FieldErrorCode.TOO_LONG],
    });
  });

  it.each([Role.COUNSELLOR, Role.ADMIN])('does not let a %s sign up by themselves', (role) => {
    expect(codesByField(validateSignUpDraft({ ...youth, role }))).toEqual({
      role: [FieldErrorCode.OUT_OF_RANGE],
    });
  });

  it('refuses a role that does not exist', () => {
    const sut = validateSignUpDraft({ ...youth, role: 'ROOT' as unknown as Role });
    expect(codesByField(sut)).toEqual({ role: [FieldErrorCode.OUT_OF_RANGE] });
  });

  it('requires the organisation of an employer', () => {
    const withoutEmployer: SignUpDraft = { ...employer };
    delete withoutEmployer.employer;
    expect(codesByField(validateSignUpDraft(withoutEmployer))).toEqual({
      employer: [FieldErrorCode.REQUIRED],
    });
    const sut = validateSignUpDraft({
      ...employer,
      employer: { name: '', organisationNumber: ' ' },
    });
    expect(codesByField(sut)).toEqual({
      'employer.name': [FieldErrorCode.REQUIRED],
      'employer.organisationNumber': [FieldErrorCode.REQUIRED],
    });
  });

  it('checks the organisation name and number', () => {
    const sut = validateSignUpDraft(
      { ...employer, employer: { name: 'x'.repeat(121), organisationNumber: '923609017' } },
      Locale.NB,
    );
    expect(codesByField(sut)).toEqual({
      'employer.name': [FieldErrorCode.TOO_LONG],
      'employer.organisationNumber': [FieldErrorCode.INVALID_ORGANISATION_NUMBER],
    });
    expect(sut[1]?.message).toBe(
      'Organisasjonsnummeret er ikke gyldig. Sjekk at du har skrevet ni siffer riktig.',
    );
  });

  it('refuses an organisation on a youth', () => {
    const sut = validateSignUpDraft({ ...youth, employer: employer.employer }, Locale.EN);
    expect(sut).toEqual([
      {
        field: 'employer',
        code: FieldErrorCode.OUT_OF_RANGE,
        message: 'This choice is not allowed here.',
      },
    ]);
  });
});
