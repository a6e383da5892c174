'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import {
  Button,
  Fieldset,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { Limits, Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { SignUpInput } from '@/lib/api-types';
import { loadDomain, tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, fieldId, toErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { SIGN_UP_MUTATION } from '@/lib/operations';
import { FormErrorSummary } from './form-error-summary';
import { navigateAfterAuth } from './navigate-after-auth';

interface SignUpFormProps {
  locale: Locale;
  t: Dictionary['auth'];
  /** The class-code field's texts (issue 4). */
  tc: Dictionary['identity']['signUp'];
  next?: string;
  /** From `?klassekode=`: a link the counsellor shared can fill the code in. */
  initialClassCode?: string;
  /** From the domain's LIMITS, handed over by the server page (keeps the domain out of the first load). */
  limits: Pick<Limits, 'displayNameMax' | 'employerNameMax' | 'passwordMin'>;
}

type SelfRole = 'YOUTH' | 'EMPLOYER';

/** Error-summary targets: the role and employer groups jump to their first input. */
function targetId(field: string): string {
  if (field === 'role') return fieldId('role-youth');
  if (field === 'employer') return fieldId('employer.name');
  return fieldId(field);
}

const FIELD_ORDER = [
  'role',
  'employer',
  'employer.name',
  'employer.organisationNumber',
  'displayName',
  'email',
  'password',
  'classCode',
];

function labelFor(
  field: string,
  t: Dictionary['auth'],
  tc: Dictionary['identity']['signUp'],
): string | undefined {
  const labels: Record<string, string> = {
    role: t.roleLegend,
    employer: t.employerLegend,
    'employer.name': t.employerName,
    'employer.organisationNumber': t.organisationNumber,
    displayName: t.displayName,
    email: t.email,
    password: t.password,
    classCode: tc.classCode,
  };
  return labels[field];
}

export function SignUpForm({
  locale,
  t,
  tc,
  next,
  limits,
  initialClassCode = '',
}: SignUpFormProps) {
  const [role, setRole] = useState<SelfRole>('YOUTH');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [employerName, setEmployerName] = useState('');
  const [organisationNumber, setOrganisationNumber] = useState('');
  const [classCode, setClassCode] = useState(initialClassCode);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const isEmployer = role === 'EMPLOYER';

  useEffect(() => {
    void loadDomain().catch(() => undefined);
  }, []);

  function draft(): SignUpInput {
    return {
      email: email.trim(),
      password,
      displayName: displayName.trim(),
      role,
      ...(isEmployer
        ? {
            employer: {
              name: employerName.trim(),
              organisationNumber: organisationNumber.replace(/\s+/g, ''),
            },
          }
        : classCode.trim() !== ''
          ? { classCode: classCode.trim() }
          : {}),
    };
  }

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    const input = draft();
    const domain = await tryLoadDomain();
    const draftErrors = domain
      ? domain.validateSignUpDraft(
          {
            email: input.email,
            password: input.password,
            displayName: input.displayName,
            role: domain.Role[input.role],
            employer: input.employer,
          },
          locale,
        )
      : [];
    // A code that cannot be one (wrong length or letters) is refused before asking the API.
    const clientErrors =
      domain && input.classCode !== undefined && !domain.isClassCode(input.classCode)
        ? [
            ...draftErrors,
            {
              field: 'classCode',
              code: domain.FieldErrorCode.UNKNOWN_CLASS_CODE,
              message: domain.fieldErrorMessage(domain.FieldErrorCode.UNKNOWN_CLASS_CODE, locale),
            },
          ]
        : draftErrors;
    if (clientErrors.length > 0) {
      setSubmitting(false);
      fail(toErrorMap(clientErrors));
      return;
    }
    try {
      const data = await graphqlClient(SIGN_UP_MUTATION, { input });
      navigateAfterAuth(data.signUp.role, next);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail(apiFieldErrorMap(error.fieldErrors, locale, domain));
      } else {
        fail({}, [t.genericError]);
      }
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="stack"
      aria-labelledby="sign-up-heading"
    >
      <FormErrorSummary
        title={t.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        targetId={targetId}
        labelFor={(field) => labelFor(field, t, tc)}
        rank={(field) => FIELD_ORDER.indexOf(field)}
      />

      <Fieldset>
        <Fieldset.Legend>{t.roleLegend}</Fieldset.Legend>
        <Radio
          id={fieldId('role-youth')}
          name="role"
          value="YOUTH"
          label={t.roleYouth}
          description={t.roleYouthDescription}
          checked={role === 'YOUTH'}
          onChange={() => {
            setRole('YOUTH');
          }}
        />
        <Radio
          id={fieldId('role-employer')}
          name="role"
          value="EMPLOYER"
          label={t.roleEmployer}
          description={t.roleEmployerDescription}
          checked={role === 'EMPLOYER'}
          onChange={() => {
            setRole('EMPLOYER');
          }}
        />
        {errors.role ? <ValidationMessage>{errors.role}</ValidationMessage> : null}
      </Fieldset>

      {isEmployer ? (
        <Fieldset>
          <Fieldset.Legend>{t.employerLegend}</Fieldset.Legend>
          <Textfield
            id={fieldId('employer.name')}
            name="employerName"
            label={t.employerName}
            autoComplete="organization"
            maxLength={limits.employerNameMax}
            value={employerName}
            onChange={(event) => {
              setEmployerName(event.target.value);
            }}
            error={errors['employer.name'] ?? errors.employer}
          />
          <Textfield
            id={fieldId('employer.organisationNumber')}
            name="organisationNumber"
            label={t.organisationNumber}
            description={t.organisationNumberDescription}
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            value={organisationNumber}
            onChange={(event) => {
              setOrganisationNumber(event.target.value);
            }}
            error={errors['employer.organisationNumber']}
          />
        </Fieldset>
      ) : null}

      <Textfield
        id={fieldId('displayName')}
        name="displayName"
        label={t.displayName}
        description={t.displayNameDescription}
        autoComplete="name"
        maxLength={limits.displayNameMax}
        value={displayName}
        onChange={(event) => {
          setDisplayName(event.target.value);
        }}
        error={errors.displayName}
      />
      <Textfield
        id={fieldId('email')}
        name="email"
        type="email"
        label={t.email}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
        }}
        error={errors.email}
      />
      <Textfield
        id={fieldId('password')}
        name="password"
        type="password"
        label={t.password}
        description={interpolate(t.passwordDescription, { min: limits.passwordMin })}
        autoComplete="new-password"
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
        error={errors.password}
      />
      {isEmployer ? null : (
        <Textfield
          id={fieldId('classCode')}
          name="classCode"
          label={tc.classCode}
          description={tc.classCodeDescription}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          value={classCode}
          onChange={(event) => {
            setClassCode(event.target.value);
          }}
          error={errors.classCode}
        />
      )}
      <div className="form-actions">
        <Button type="submit" loading={submitting}>
          {submitting ? t.submitting : t.submitSignUp}
        </Button>
      </div>
    </form>
  );
}
