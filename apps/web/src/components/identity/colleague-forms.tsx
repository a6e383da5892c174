'use client';

import { useRouter } from 'next/navigation';
import { useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import {
  INVITE_EMPLOYER_MEMBER_MUTATION,
  REMOVE_EMPLOYER_MEMBER_MUTATION,
  REVOKE_EMPLOYER_INVITATION_MUTATION,
} from './identity-operations';

type Texts = Dictionary['identity']['colleagues'];

/** The owner invites a colleague by e-mail; the list of invitations refreshes. */
export function InviteColleagueForm({
  locale,
  t,
  errorSummaryTitle,
  genericError,
}: {
  locale: Locale;
  t: Texts;
  errorSummaryTitle: string;
  genericError: string;
}) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [invited, setInvited] = useState<string | null>(null);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const value = email.trim();
    const domain = await tryLoadDomain();
    if (domain && (value === '' || !domain.isValidEmail(value))) {
      fail({
        email: domain.fieldErrorMessage(
          value === '' ? domain.FieldErrorCode.REQUIRED : domain.FieldErrorCode.INVALID_EMAIL,
          locale,
        ),
      });
      return;
    }
    setSubmitting(true);
    setInvited(null);
    try {
      const data = await graphqlClient(INVITE_EMPLOYER_MEMBER_MUTATION, {
        input: { email: value },
      });
      setSubmitting(false);
      setErrors({});
      setFormErrors([]);
      setEmail('');
      setInvited(data.inviteEmployerMember.email);
      router.refresh();
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail(apiFieldErrorMap(error.fieldErrors, locale, domain));
      } else {
        fail({}, [
          error instanceof GraphQLRequestError && error.code !== 'INTERNAL_SERVER_ERROR'
            ? error.message
            : genericError,
        ]);
      }
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="invite-heading"
      onSubmit={(event) => void submit(event)}
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId="invite-errors"
        labelFor={(field) => (field === 'email' ? t.inviteEmail : undefined)}
        rank={() => 0}
      />
      <div aria-live="polite">
        {invited ? (
          <div className="ds-alert" data-color="success" data-testid="invitation-sent">
            <p className="ds-paragraph">{interpolate(t.invited, { email: invited })}</p>
          </div>
        ) : null}
      </div>
      <TextField
        path="email"
        type="email"
        label={t.inviteEmail}
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={submitting || undefined}>
          {t.inviteSubmit}
        </button>
      </div>
    </form>
  );
}

/** Withdraws an invitation that has not been accepted. */
export function RevokeInvitationButton({
  id,
  email,
  t,
  genericError,
}: {
  id: string;
  email: string;
  t: Texts;
  genericError: string;
}) {
  const router = useRouter();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function revoke() {
    if (working) return;
    setWorking(true);
    try {
      await graphqlClient(REVOKE_EMPLOYER_INVITATION_MUTATION, { id });
      setMessage(interpolate(t.revoked, { email }));
      router.refresh();
    } catch {
      setMessage(genericError);
    } finally {
      setWorking(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-size="sm"
        aria-busy={working || undefined}
        aria-label={`${t.revoke}: ${email}`}
        onClick={() => void revoke()}
      >
        {t.revoke}
      </button>
      <span aria-live="polite">{message}</span>
    </>
  );
}

/** Takes a colleague out of the employer, after a second press to confirm. */
export function RemoveMemberButton({
  accountId,
  name,
  t,
  genericError,
  noLabel,
}: {
  accountId: string;
  name: string;
  t: Texts;
  genericError: string;
  noLabel: string;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function remove() {
    if (working) return;
    setWorking(true);
    try {
      await graphqlClient(REMOVE_EMPLOYER_MEMBER_MUTATION, { accountId });
      setMessage(interpolate(t.removed, { name }));
      setAsking(false);
      router.refresh();
    } catch {
      setMessage(genericError);
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="stack">
      {asking ? (
        <div role="group" aria-label={interpolate(t.removeConfirm, { name })} className="stack">
          <p className="ds-paragraph">{interpolate(t.removeConfirm, { name })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="ds-button"
              data-color="danger"
              data-size="sm"
              aria-busy={working || undefined}
              onClick={() => void remove()}
            >
              {t.remove}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="tertiary"
              data-size="sm"
              onClick={() => {
                setAsking(false);
              }}
            >
              {noLabel}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          aria-label={`${t.remove}: ${name}`}
          onClick={() => {
            setAsking(true);
          }}
        >
          {t.remove}
        </button>
      )}
      <span aria-live="polite">{message}</span>
    </div>
  );
}
