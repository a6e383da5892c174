'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { loadDomain, tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import { ACCEPT_EMPLOYER_INVITATION_MUTATION } from './identity-operations';

const FIELD_ORDER = ['token', 'displayName', 'password', 'email'];

/**
 * Accepts an employer invitation: signed in, with one button; otherwise with a name and a
 * password for the new account (made for the invited address). Then to the employer's page.
 */
export function AcceptInvitation({
  token,
  signedIn,
  locale,
  t,
  ta,
  passwordMin,
}: {
  token: string;
  signedIn: boolean;
  locale: Locale;
  t: Dictionary['identity']['invitation'];
  ta: Dictionary['auth'];
  passwordMin: number;
}) {
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (!signedIn) void loadDomain().catch(() => undefined);
  }, [signedIn]);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const domain = signedIn ? undefined : await tryLoadDomain();
    if (domain) {
      const problems: FieldErrorMap = {};
      const name = domain.checkText(displayName, {
        required: true,
        max: domain.LIMITS.displayNameMax,
      });
      if (name) problems.displayName = domain.fieldErrorMessage(name.code, locale, name.params);
      const weak = domain.checkPassword(password, [displayName]);
      if (weak) problems.password = domain.fieldErrorMessage(weak.code, locale, weak.params);
      if (Object.keys(problems).length > 0) {
        fail(problems);
        return;
      }
    }
    setSubmitting(true);
    try {
      await graphqlClient(ACCEPT_EMPLOYER_INVITATION_MUTATION, {
        input: signedIn ? { token } : { token, displayName: displayName.trim(), password },
      });
      window.location.assign('/arbeidsgiver');
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map = apiFieldErrorMap(error.fieldErrors, locale, domain);
        // The token and the address are not fields here: their messages go to the summary.
        const fields = Object.fromEntries(
          Object.entries(map).filter(([field]) => field === 'displayName' || field === 'password'),
        );
        const other = Object.entries(map)
          .filter(([field]) => field !== 'displayName' && field !== 'password')
          .map(([, message]) => message);
        fail(fields, other);
      } else if (error instanceof GraphQLRequestError && error.code === 'ALREADY_MEMBER') {
        fail({}, [t.alreadyMember]);
      } else if (error instanceof GraphQLRequestError && error.code === 'FORBIDDEN') {
        fail({}, [t.wrongRole]);
      } else {
        fail({}, [ta.genericError]);
      }
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="invitation-heading"
      onSubmit={(event) => void submit(event)}
    >
      <PlainErrorSummary
        title={ta.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId="invitation-errors"
        labelFor={(field) =>
          field === 'displayName' ? ta.displayName : field === 'password' ? ta.password : undefined
        }
        rank={(field) => FIELD_ORDER.indexOf(field)}
      />
      {signedIn ? null : (
        <>
          <TextField
            path="displayName"
            label={ta.displayName}
            description={ta.displayNameDescription}
            value={displayName}
            onChange={setDisplayName}
            error={errors.displayName}
            autoComplete="name"
          />
          <div className="ds-field">
            <label className="ds-label" htmlFor="f-password">
              {ta.password}
            </label>
            <div data-field="description" id="f-password-description">
              {interpolate(ta.passwordDescription, { min: passwordMin })}
            </div>
            <input
              className="ds-input"
              id="f-password"
              name="password"
              type="password"
              autoComplete="new-password"
              value={password}
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={
                errors.password
                  ? 'f-password-description f-password-error'
                  : 'f-password-description'
              }
              onChange={(event) => {
                setPassword(event.target.value);
              }}
            />
            {errors.password ? (
              <p className="ds-validation-message" data-field="validation" id="f-password-error">
                {errors.password}
              </p>
            ) : null}
          </div>
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={submitting || undefined}>
          {submitting ? ta.submitting : t.accept}
        </button>
      </div>
    </form>
  );
}
