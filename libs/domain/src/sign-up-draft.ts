import { isValidEmail } from './email';
import { FieldErrorCode, type FieldError, type FieldErrorParams } from './field-error';
import { createFieldError } from './field-error-message';
import { LIMITS } from './limits';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { isValidOrganisationNumber, normaliseOrganisationNumber } from './organisation-number';
import { checkPassword } from './password-policy';
import { Role, SELF_SIGN_UP_ROLES } from './role';
import { checkText, textLength } from './text-field';

export interface EmployerSignUpDraft {
  name: string;
  organisationNumber: string;
}

export interface SignUpDraft {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  employer?: EmployerSignUpDraft;
}

/**
 * Every rule of the sign-up form. Only youth and employers sign up by themselves; an employer must
 * name its organisation, anyone else must not. The e-mail address is checked trimmed, the
 * organisation number without spaces, the password exactly as typed.
 */
export function validateSignUpDraft(
  draft: SignUpDraft,
  locale: Locale = DEFAULT_LOCALE,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: FieldErrorCode, params?: FieldErrorParams): void => {
    errors.push(createFieldError(field, code, locale, params));
  };

  const email = draft.email.trim();
  if (email === '') {
    add('email', FieldErrorCode.REQUIRED);
  } else if (textLength(email) > LIMITS.emailMax) {
    add('email', FieldErrorCode.TOO_LONG, { max: LIMITS.emailMax });
  } else if (!isValidEmail(email)) {
    add('email', FieldErrorCode.INVALID_EMAIL);
  }

  const password = checkPassword(draft.password, [email, draft.displayName]);
  if (password !== undefined) {
    add('password', password.code, password.params);
  }

  const displayName = checkText(draft.displayName, { required: true, max: LIMITS.displayNameMax });
  if (displayName !== undefined) {
    add('displayName', displayName.code, displayName.params);
  }

  if (!SELF_SIGN_UP_ROLES.includes(draft.role)) {
    add('role', FieldErrorCode.OUT_OF_RANGE);
  }

  const { employer } = draft;
  if (draft.role === Role.EMPLOYER) {
    if (employer === undefined) {
      add('employer', FieldErrorCode.REQUIRED);
    } else {
      const name = checkText(employer.name, { required: true, max: LIMITS.employerNameMax });
      if (name !== undefined) {
        add('employer.name', name.code, name.params);
      }
      const organisationNumber = normaliseOrganisationNumber(employer.organisationNumber);
      if (organisationNumber === '') {
        add('employer.organisationNumber', FieldErrorCode.REQUIRED);
      } else if (!isValidOrganisationNumber(organisationNumber)) {
        add('employer.organisationNumber', FieldErrorCode.INVALID_ORGANISATION_NUMBER);
      }
    }
  } else if (employer !== undefined) {
    add('employer', FieldErrorCode.OUT_OF_RANGE);
  }
  return errors;
}
