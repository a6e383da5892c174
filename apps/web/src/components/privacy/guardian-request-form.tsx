'use client';

import { useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import { REQUEST_GUARDIAN_LINK_MUTATION } from './data-rights-operations';

/**
 * A guardian asks for a one-time link with their own e-mail address. The answer is the same
 * whether or not the address is on record for a pupil under 16 (it never reveals which).
 */
export function GuardianRequestForm({
  locale,
  t,
  errorSummaryTitle,
}: {
  locale: Locale;
  t: Dictionary['identity']['guardian'];
  errorSummaryTitle: string;
}) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [sent, setSent] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setSent(false);
    try {
      await graphqlClient(REQUEST_GUARDIAN_LINK_MUTATION, { input: { email } });
      setErrors({});
      setFormErrors([]);
      setSent(true);
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        setErrors(apiFieldErrorMap(error.fieldErrors, locale, await tryLoadDomain()));
        setFormErrors([]);
      } else {
        setErrors({});
        setFormErrors([t.failed]);
      }
      setFocusKey((key) => key + 1);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="guardian-request-heading"
      onSubmit={(event) => void submit(event)}
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId="guardian-request-errors-heading"
        labelFor={(field) => (field === 'email' ? t.requestEmail : undefined)}
        rank={() => 0}
      />
      <TextField
        path="email"
        type="email"
        label={t.requestEmail}
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="email"
        maxLength={254}
      />
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={submitting || undefined}>
          {t.requestSubmit}
        </button>
      </div>
      <div aria-live="polite">
        {sent ? (
          <div className="ds-alert" data-color="success" data-testid="guardian-link-requested">
            <p className="ds-paragraph">{t.requestSent}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
