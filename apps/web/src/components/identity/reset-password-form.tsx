'use client';

import Link from 'next/link';
import { useEffect, useState, type SubmitEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { loadDomain, tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, fieldId, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { FormErrorSummary } from '../forms/form-error-summary';
import { navigateAfterAuth } from '../forms/navigate-after-auth';
import { RESET_PASSWORD_MUTATION } from './identity-operations';
import { tokenErrorMessage } from './request-errors';

/** A new password with the link's token; the API signs out everywhere and signs in here. */
export function ResetPasswordForm({
  token,
  locale,
  t,
  ta,
  tt,
  passwordMin,
}: {
  token: string;
  locale: Locale;
  t: Dictionary['identity']['resetPassword'];
  ta: Dictionary['auth'];
  tt: Dictionary['identity']['tokens'];
  passwordMin: number;
}) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [tokenProblem, setTokenProblem] = useState(false);
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
    if (domain) {
      const problem = domain.checkPassword(password);
      if (problem) {
        setSubmitting(false);
        fail({ newPassword: domain.fieldErrorMessage(problem.code, locale, problem.params) });
        return;
      }
    }
    try {
      const data = await graphqlClient(RESET_PASSWORD_MUTATION, {
        input: { token, newPassword: password },
      });
      navigateAfterAuth(data.resetPassword.role);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map = apiFieldErrorMap(error.fieldErrors, locale, domain);
        // A password rule may come back under `password` or `newPassword`.
        const message = Object.entries(map).find(
          ([field]) => field === 'newPassword' || field === 'password',
        )?.[1];
        fail(message ? { newPassword: message } : {}, message ? [] : [tt.generic]);
      } else {
        setTokenProblem(error instanceof GraphQLRequestError && error.code.startsWith('TOKEN_'));
        fail({}, [tokenErrorMessage(error, tt)]);
      }
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="stack"
      aria-labelledby="reset-heading"
    >
      <FormErrorSummary
        title={ta.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => (field === 'newPassword' ? t.newPassword : undefined)}
      />
      {tokenProblem ? (
        <p className="ds-paragraph">
          <Link className="ds-link" href="/glemt-passord">
            {t.requestNew}
          </Link>
        </p>
      ) : null}
      <Textfield
        id={fieldId('newPassword')}
        name="newPassword"
        type="password"
        label={t.newPassword}
        description={interpolate(ta.passwordDescription, { min: passwordMin })}
        autoComplete="new-password"
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
        error={errors.newPassword}
      />
      <div className="form-actions">
        <Button type="submit" loading={submitting}>
          {submitting ? ta.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
