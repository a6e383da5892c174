'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { Dictionary } from '@/i18n/dictionary';
import type { FieldErrorMap } from '@/lib/field-errors';
import { EraseConfirmFields, eraseConfirmProblems } from './erase-confirm-fields';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { ERASE_MY_ACCOUNT_MUTATION } from '../identity/identity-operations';

/**
 * Erasing the account, in two steps: first "I want to delete", then a box to tick and the word
 * SLETT to type. Nothing is sent before both are right; afterwards the browser leaves the page
 * (the session is gone).
 */
export function EraseAccount({
  t,
  errorSummaryTitle,
  genericError,
}: {
  t: Dictionary['identity']['privacy'];
  errorSummaryTitle: string;
  genericError: string;
}) {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) startRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems = eraseConfirmProblems(understood, confirmation, t);
    if (Object.keys(problems).length > 0) {
      fail(problems);
      return;
    }
    setSubmitting(true);
    try {
      await graphqlClient(ERASE_MY_ACCOUNT_MUTATION, { confirmation: confirmation.trim() });
      window.location.assign('/personvern?slettet=1');
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail({ confirmation: t.eraseWrongWord });
      } else {
        fail({}, [genericError]);
      }
    }
  }

  if (!open) {
    return (
      <div className="form-actions">
        <button
          ref={startRef}
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-color="danger"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t.eraseStart}
        </button>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="stack ds-card"
      data-color="danger"
      aria-labelledby="erase-confirm-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3
        className="ds-heading"
        data-size="xs"
        id="erase-confirm-heading"
        tabIndex={-1}
        ref={headingRef}
      >
        {t.eraseConfirmHeading}
      </h3>
      <EraseConfirmFields
        formErrors={formErrors}
        errorSummaryTitle={errorSummaryTitle}
        errorSummaryId="erase-errors-heading"
        focusKey={focusKey}
        understood={understood}
        onUnderstood={setUnderstood}
        confirmation={confirmation}
        onConfirmation={setConfirmation}
        errors={errors}
        busy={submitting}
        onCancel={() => {
          setOpen(false);
          setErrors({});
          setFormErrors([]);
        }}
        t={t}
      />
    </form>
  );
}
