'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { loadDomain, tryLoadDomain, type Domain } from '@/lib/domain-client';
import { apiFieldErrorMap, fieldId, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { SIGN_IN_MUTATION } from '@/lib/operations';
import { FormErrorSummary } from './form-error-summary';
import { navigateAfterAuth } from './navigate-after-auth';

interface SignInFormProps {
  locale: Locale;
  t: Dictionary['auth'];
  /** Safe internal path from `?neste=`. */
  next?: string;
}

const LABELLED_FIELDS = ['email', 'password'];

function validate(domain: Domain, email: string, password: string, locale: Locale): FieldErrorMap {
  const { FieldErrorCode, fieldErrorMessage, isValidEmail } = domain;
  const errors: FieldErrorMap = {};
  if (email.trim() === '') errors.email = fieldErrorMessage(FieldErrorCode.REQUIRED, locale);
  else if (!isValidEmail(email.trim()))
    errors.email = fieldErrorMessage(FieldErrorCode.INVALID_EMAIL, locale);
  if (password === '') errors.password = fieldErrorMessage(FieldErrorCode.REQUIRED, locale);
  return errors;
}

export function SignInForm({ locale, t, next }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    void loadDomain().catch(() => undefined);
  }, []);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    const domain = await tryLoadDomain();
    const clientErrors = domain ? validate(domain, email, password, locale) : {};
    if (Object.keys(clientErrors).length > 0) {
      setSubmitting(false);
      fail(clientErrors);
      return;
    }
    try {
      const data = await graphqlClient(SIGN_IN_MUTATION, {
        input: { email: email.trim(), password },
      });
      navigateAfterAuth(data.signIn.role, next);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        // Wrong e-mail or password comes as a field error; anything not about these two
        // fields goes to the summary only.
        const all = apiFieldErrorMap(error.fieldErrors, locale, domain);
        const fields = Object.fromEntries(
          Object.entries(all).filter(([field]) => LABELLED_FIELDS.includes(field)),
        );
        const other = Object.entries(all)
          .filter(([field]) => !LABELLED_FIELDS.includes(field))
          .map(([, message]) => message);
        fail(fields, other);
      } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        fail({}, [t.invalidCredentials]);
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
      aria-labelledby="sign-in-heading"
    >
      <FormErrorSummary
        title={t.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) =>
          field === 'email' ? t.email : field === 'password' ? t.password : undefined
        }
        rank={(field) => LABELLED_FIELDS.indexOf(field)}
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
        autoComplete="current-password"
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
        error={errors.password}
      />
      <div className="form-actions">
        <Button type="submit" loading={submitting}>
          {submitting ? t.submitting : t.submitSignIn}
        </Button>
      </div>
    </form>
  );
}
