'use client';

import { useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import {
  UPDATE_MY_ACCOUNT_MUTATION,
  type MyAccountDetails,
  type UpdateMyAccountInput,
} from './data-rights-operations';

const FIELD_ORDER = ['displayName', 'email', 'guardianEmail'];

/**
 * "Rett opp opplysningene dine": name, e-mail address and (for a pupil) the guardian's e-mail.
 * Only what changed is sent; the API checks every field and answers field errors in Norwegian,
 * shown next to the fields (and in English from the shared messages); nothing typed is lost.
 */
export function CorrectAccountForm({
  initial,
  locale,
  t,
  errorSummaryTitle,
  genericError,
}: {
  initial: MyAccountDetails;
  locale: Locale;
  t: Dictionary['identity']['correct'];
  errorSummaryTitle: string;
  genericError: string;
}) {
  const [saved, setSaved] = useState(initial);
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [email, setEmail] = useState(initial.email);
  const [guardianEmail, setGuardianEmail] = useState(initial.guardianEmail ?? '');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);

  const labelFor = (field: string): string | undefined =>
    field === 'displayName'
      ? t.displayName
      : field === 'email'
        ? t.email
        : field === 'guardianEmail'
          ? t.guardianEmail
          : undefined;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setDone(false);
    const input: UpdateMyAccountInput = {};
    if (displayName.trim() !== saved.displayName) input.displayName = displayName;
    if (email.trim().toLowerCase() !== saved.email) input.email = email;
    // Once a guardian is on record only the school changes the address (consent goes there).
    if (saved.isPupil && !saved.guardianEmail && guardianEmail.trim().toLowerCase() !== '') {
      input.guardianEmail = guardianEmail;
    }
    try {
      const { updateMyAccount } = await graphqlClient(UPDATE_MY_ACCOUNT_MUTATION, { input });
      setSaved(updateMyAccount);
      setDisplayName(updateMyAccount.displayName);
      // The address in use stays until the link is opened; the note below names the new one.
      setEmail(updateMyAccount.email);
      setErrors({});
      setFormErrors([]);
      setDone(true);
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        setErrors(apiFieldErrorMap(error.fieldErrors, locale, await tryLoadDomain()));
        setFormErrors([]);
      } else {
        setErrors({});
        setFormErrors([genericError]);
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
      aria-labelledby="correct-heading"
      onSubmit={(event) => void submit(event)}
      data-testid="correct-account-form"
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId="correct-errors-heading"
        labelFor={labelFor}
        rank={(field) => FIELD_ORDER.indexOf(field)}
      />
      <TextField
        path="displayName"
        label={t.displayName}
        value={displayName}
        onChange={setDisplayName}
        error={errors.displayName}
        autoComplete="name"
        maxLength={80}
      />
      <TextField
        path="email"
        type="email"
        label={t.email}
        description={t.emailDescription}
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="email"
        maxLength={254}
      />
      {saved.isPupil && saved.guardianEmail ? (
        <p className="ds-paragraph" data-testid="guardian-on-record">
          {interpolate(t.guardianEmailKept, { email: saved.guardianEmail })}
        </p>
      ) : saved.isPupil ? (
        <TextField
          path="guardianEmail"
          type="email"
          label={t.guardianEmail}
          description={t.guardianEmailDescription}
          value={guardianEmail}
          onChange={setGuardianEmail}
          error={errors.guardianEmail}
          autoComplete="off"
          maxLength={254}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={submitting || undefined}>
          {t.submit}
        </button>
      </div>
      <div aria-live="polite">
        {done ? (
          <div className="ds-alert" data-color="success" data-testid="correct-saved">
            <p className="ds-paragraph">{t.saved}</p>
            {saved.pendingEmail ? (
              <p className="ds-paragraph">
                {interpolate(t.pendingEmail, { email: saved.pendingEmail })}
              </p>
            ) : null}
          </div>
        ) : saved.pendingEmail ? (
          <div className="ds-alert" data-color="info">
            <p className="ds-paragraph">
              {interpolate(t.pendingEmail, { email: saved.pendingEmail })}
            </p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
