'use client';

import { useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { CANCEL_APPOINTMENT_MUTATION, RUNNING_LATE_MUTATION } from './appointment-operations';

interface AppointmentActionsProps {
  appointmentId: string;
  canReportLate: boolean;
  /** The day, for the cancel button's accessible name. */
  when: string;
  t: Dictionary['intake'];
}

/** Cancel a meeting, and for the coordinator "Jeg er forsinket" with the minutes. */
export function AppointmentActions({
  appointmentId,
  canReportLate,
  when,
  t,
}: AppointmentActionsProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [lateOpen, setLateOpen] = useState(false);
  const [minutes, setMinutes] = useState('20');
  const lateId = `late-${appointmentId}`;

  const fail = (error: unknown) => {
    setMessage({
      text: error instanceof GraphQLRequestError ? error.message : t.appointmentsUnavailable,
      error: true,
    });
  };

  async function cancel() {
    if (busy) return;
    setBusy(true);
    try {
      await graphqlClient(CANCEL_APPOINTMENT_MUTATION, { appointmentId });
      setMessage({ text: t.cancelled, error: false });
      router.refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function reportLate(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const answer = await graphqlClient(RUNNING_LATE_MUTATION, {
        appointmentId,
        minutesLate: Number(minutes),
      });
      setMessage({ text: answer.markRunningLate.message, error: false });
      setLateOpen(false);
      router.refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div className="cluster">
        {canReportLate ? (
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            aria-expanded={lateOpen}
            aria-controls={lateId}
            onClick={() => {
              setLateOpen((open) => !open);
            }}
          >
            {t.late}
          </button>
        ) : null}
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          aria-label={t.cancelAria.replace('{date}', when)}
          aria-disabled={busy}
          onClick={() => void cancel()}
        >
          {t.cancel}
        </button>
      </div>
      {canReportLate && lateOpen ? (
        <form id={lateId} className="stack" noValidate onSubmit={(event) => void reportLate(event)}>
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${lateId}-minutes`}>
              {t.lateMinutes}
            </label>
            <div data-field="description" id={`${lateId}-hint`}>
              {t.lateHint}
            </div>
            <input
              id={`${lateId}-minutes`}
              className="ds-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={180}
              value={minutes}
              aria-describedby={`${lateId}-hint`}
              onChange={(event) => {
                setMinutes(event.target.value);
              }}
              style={{ maxWidth: '8rem' }}
            />
          </div>
          <div>
            <button type="submit" className="ds-button" data-variant="primary" aria-disabled={busy}>
              {t.lateSend}
            </button>
          </div>
        </form>
      ) : null}
      <div aria-live="polite">
        {message ? (
          <p
            className={message.error ? 'ds-validation-message' : 'ds-paragraph'}
            data-size="sm"
            data-testid="appointment-message"
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
