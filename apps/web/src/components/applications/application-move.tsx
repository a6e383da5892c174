'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { ApplicationDeclineReasonName, ApplicationStatusName } from '@/lib/api-types';
import { MOVE_APPLICATION_MUTATION } from '@/lib/application-operations';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';

export interface DeclineChoice {
  value: ApplicationDeclineReasonName;
  label: string;
}

interface ApplicationMoveProps {
  id: string;
  name: string;
  /** The forward steps the employer may take from the current status, in order. */
  moves: { status: ApplicationStatusName; label: string }[];
  canDecline: boolean;
  reasons: DeclineChoice[];
  t: Dictionary['employerApplications'];
  errors: Dictionary['applicationErrors'];
  apiMessagesFit: boolean;
}

/**
 * The employer's moves on one application: a button per next step (received → in review →
 * interview → offered) and "Avslå" that opens a required choice of reason, since the youth reads
 * it. After a move the page data is refreshed and a status message here takes focus.
 */
export function ApplicationMove({
  id,
  name,
  moves,
  canDecline,
  reasons,
  t,
  errors,
  apiMessagesFit,
}: ApplicationMoveProps) {
  const router = useRouter();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<ApplicationDeclineReasonName | ''>('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const errorId = `move-error-${id}`;
  const reasonErrorId = `reason-error-${id}`;

  useEffect(() => {
    if (declining) legendRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      declineRef.current?.focus();
    }
  }, [declining]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function move(status: ApplicationStatusName, label: string) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(MOVE_APPLICATION_MUTATION, {
        input:
          status === 'DECLINED' && reason !== ''
            ? { id, status, declineReason: reason }
            : { id, status },
      });
      setNotice(
        status === 'DECLINED'
          ? interpolate(t.declinedNotice, { name })
          : interpolate(t.movedNotice, { name, status: label }),
      );
      setDeclining(false);
      router.refresh();
    } catch (caught) {
      const { generic, ...byCode } = errors;
      setError(bookingErrorText(caught, { apiMessagesFit, byCode, generic }));
    } finally {
      setBusy(false);
    }
  }

  function submitDecline(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason === '') {
      setReasonError(t.declineRequired);
      document.getElementById(`reason-${id}-0`)?.focus();
      return;
    }
    void move('DECLINED', '');
  }

  const errorMessage = error ? (
    <p className="ds-validation-message" data-field="validation" id={errorId} role="alert">
      {error}
    </p>
  ) : null;

  return (
    <div className="stack">
      {notice ? (
        <div
          ref={noticeRef}
          tabIndex={-1}
          className="ds-alert"
          data-color="success"
          data-size="sm"
          role="status"
          data-testid="move-notice"
        >
          <p className="ds-paragraph">{notice}</p>
        </div>
      ) : null}
      {declining ? (
        <form noValidate className="decline-form stack" onSubmit={submitDecline}>
          <fieldset
            className="ds-fieldset"
            aria-describedby={
              reasonError
                ? `decline-description-${id} ${reasonErrorId}`
                : `decline-description-${id}`
            }
          >
            <legend className="ds-label" ref={legendRef} tabIndex={-1}>
              {t.declineLegend}
            </legend>
            <div data-field="description" id={`decline-description-${id}`}>
              {t.declineDescription}
            </div>
            {reasonError ? (
              <p className="ds-validation-message" data-field="validation" id={reasonErrorId}>
                {reasonError}
              </p>
            ) : null}
            {reasons.map((choice, index) => (
              <div className="ds-field" data-position="start" key={choice.value}>
                <input
                  className="ds-input"
                  type="radio"
                  id={`reason-${id}-${index}`}
                  name={`reason-${id}`}
                  value={choice.value}
                  checked={reason === choice.value}
                  aria-invalid={reasonError ? true : undefined}
                  onChange={() => {
                    setReason(choice.value);
                    setReasonError(null);
                  }}
                />
                <label className="ds-label" data-weight="regular" htmlFor={`reason-${id}-${index}`}>
                  {choice.label}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="cluster">
            <button
              type="submit"
              className="ds-button"
              data-size="sm"
              data-color="danger"
              aria-busy={busy || undefined}
              aria-describedby={error ? errorId : undefined}
            >
              {busy ? t.working : t.sendDecline}
            </button>
            <button
              type="button"
              className="ds-button"
              data-size="sm"
              data-variant="secondary"
              disabled={busy}
              onClick={() => {
                returnFocus.current = true;
                setReasonError(null);
                setError(null);
                setDeclining(false);
              }}
            >
              {t.cancel}
            </button>
          </div>
          {errorMessage}
        </form>
      ) : moves.length > 0 || canDecline ? (
        <div className="cluster">
          {moves.map((next) => (
            <button
              key={next.status}
              type="button"
              className="ds-button"
              data-size="sm"
              data-variant="secondary"
              aria-label={interpolate(t.moveToAria, { status: next.label, name })}
              aria-busy={busy || undefined}
              aria-describedby={error ? errorId : undefined}
              onClick={() => void move(next.status, next.label)}
            >
              {interpolate(t.moveTo, { status: next.label })}
            </button>
          ))}
          {canDecline ? (
            <button
              ref={declineRef}
              type="button"
              className="ds-button"
              data-size="sm"
              data-variant="tertiary"
              aria-label={interpolate(t.declineAria, { name })}
              onClick={() => {
                setError(null);
                setDeclining(true);
              }}
            >
              {t.decline}
            </button>
          ) : null}
          {errorMessage}
        </div>
      ) : null}
    </div>
  );
}
