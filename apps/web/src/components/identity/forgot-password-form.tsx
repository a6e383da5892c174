'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { loadDomain, tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, fieldId, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { FormErrorSummary } from '../forms/form-error-summary';
import { REQUEST_PASSWORD_RESET_MUTATION } from './identity-operations';
import { tokenErrorMessage } from './request-errors';

/**
 * "Glemt passordet?": the API answers the same whether or not the address has an account, and so
 * does this page.
 */
export function ForgotPasswordForm({
  locale,
  t,
  ta,
  tt,
}: {
  locale: Locale;
  t: Dictionary['identity']['forgotPassword'];
  ta: Dictionary['auth'];
  tt: Dictionary['identity']['tokens'];
}) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

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
    setSentTo(null);
    const value = email.trim();
    const domain = await tryLoadDomain();
    if (domain) {
      const code =
        value === ''
          ? domain.FieldErrorCode.REQUIRED
          : !domain.isValidEmail(value)
            ? domain.FieldErrorCode.INVALID_EMAIL
            : null;
      if (code) {
        setSubmitting(false);
        fail({ email: domain.fieldErrorMessage(code, locale) });
        return;
      }
    }
    try {
      await graphqlClient(REQUEST_PASSWORD_RESET_MUTATION, { input: { email: value } });
      setSubmitting(false);
      setErrors({});
      setFormErrors([]);
      setSentTo(value);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail(apiFieldErrorMap(error.fieldErrors, locale, domain));
      } else {
        fail({}, [tokenErrorMessage(error, tt)]);
      }
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="stack"
      aria-labelledby="forgot-heading"
    >
      <FormErrorSummary
        title={ta.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => (field === 'email' ? ta.email : undefined)}
      />
      <div aria-live="polite">
        {sentTo ? (
          <div className="ds-alert" data-color="success" data-testid="reset-sent">
            <p className="ds-paragraph">{interpolate(t.sent, { email: sentTo })}</p>
          </div>
        ) : null}
      </div>
      <Textfield
        id={fieldId('email')}
        name="email"
        type="email"
        label={ta.email}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
        }}
        error={errors.email}
      />
      <div className="form-actions">
        <Button type="submit" loading={submitting}>
          {submitting ? ta.submitting : t.submit}
        </Button>
      </div>
    </form>
  );
}
