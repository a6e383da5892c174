'use client';

import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { BookingStatusName, DeclineReasonName } from '@/lib/api-types';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';
import { CONFIRM_BOOKING_MUTATION, DECLINE_BOOKING_MUTATION } from '@/lib/operations';

export interface DeclineOption {
  value: DeclineReasonName;
  /** `declineText(reason, locale).employerLabel`, prepared by the server page. */
  label: string;
}

interface BookingAnswerProps {
  id: string;
  pupilName: string;
  status: BookingStatusName;
  waitlistPosition: number | null;
  /** "tirsdag 3. mars" */
  day: string;
  reasons: DeclineOption[];
  t: Dictionary['employerBookings'];
  errors: Dictionary['bookingErrors'];
  apiMessagesFit: boolean;
  /** What follows after the day (attendance, feedback), rendered by the server page. */
  children?: ReactNode;
}

function statusText(
  status: BookingStatusName,
  waitlistPosition: number | null,
  t: Dictionary['employerBookings'],
): string {
  switch (status) {
    case 'WAITLISTED':
      return waitlistPosition
        ? interpolate(t.statusWAITLISTED, { n: waitlistPosition })
        : t.statusWaitlistedNoNumber;
    case 'REQUESTED':
      return t.statusREQUESTED;
    case 'CONFIRMED':
      return t.statusCONFIRMED;
    case 'DECLINED':
      return t.statusDECLINED;
    case 'CANCELLED':
      return t.statusCANCELLED;
    case 'ATTENDED':
      return t.statusATTENDED;
    case 'NO_SHOW':
      return t.statusNO_SHOW;
  }
}

/**
 * One pupil's booking on the employer page: name, status in words, and for a request waiting for
 * an answer "Bekreft" and "Avslå". "Avslå" opens a radio group of the fixed reasons in place, then
 * "Send svar". The answer's result is a status message right here that takes focus; the page data
 * is refreshed underneath (seats, a pupil promoted from the waitlist).
 */
export function BookingAnswer({
  id,
  pupilName,
  status,
  waitlistPosition,
  day,
  reasons,
  t,
  errors,
  apiMessagesFit,
  children,
}: BookingAnswerProps) {
  const router = useRouter();
  const [answered, setAnswered] = useState<BookingStatusName | null>(null);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReasonName | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const firstReasonRef = useRef<HTMLInputElement>(null);
  const declineButtonRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusAfterClose = useRef(false);

  const ids = {
    error: `answer-error-${id}`,
    legend: `decline-legend-${id}`,
    description: `decline-description-${id}`,
    reasonError: `decline-reason-error-${id}`,
  };

  // The server's fresh status (after router.refresh) replaces the one this island assumed.
  const [seenStatus, setSeenStatus] = useState(status);
  if (seenStatus !== status) {
    setSeenStatus(status);
    setAnswered(null);
  }

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (declining) firstReasonRef.current?.focus();
    else if (focusAfterClose.current) {
      focusAfterClose.current = false;
      declineButtonRef.current?.focus();
    }
  }, [declining]);

  const current = answered ?? status;

  function fail(caught: unknown) {
    const { generic, ...byCode } = errors;
    setError(bookingErrorText(caught, { apiMessagesFit, byCode, generic }));
    router.refresh();
  }

  function succeed(next: BookingStatusName, text: string) {
    setAnswered(next);
    setDeclining(false);
    setNotice((earlier) => ({ id: (earlier?.id ?? 0) + 1, text }));
    router.refresh();
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { confirmBooking } = await graphqlClient(CONFIRM_BOOKING_MUTATION, { id });
      succeed(confirmBooking.status, interpolate(t.confirmedNotice, { name: pupilName, day }));
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  async function decline(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!reason) {
      setReasonError(t.declineRequired);
      firstReasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setReasonError(null);
    try {
      const { declineBooking } = await graphqlClient(DECLINE_BOOKING_MUTATION, { id, reason });
      succeed(declineBooking.status, interpolate(t.declinedNotice, { name: pupilName, day }));
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  const errorMessage = error ? (
    <ValidationMessage id={ids.error} role="alert" data-testid="answer-error">
      {error}
    </ValidationMessage>
  ) : null;

  return (
    <div className="booking-row" data-testid="booking" data-status={current}>
      <p className="ds-paragraph" data-size="sm">
        <strong data-testid="pupil-name">{pupilName}</strong>
        <span aria-hidden="true"> – </span>
        <span className="ds-sr-only">, </span>
        <span data-testid="booking-status">{statusText(current, waitlistPosition, t)}</span>
      </p>

      {current === 'REQUESTED' && !declining ? (
        <div className="cluster">
          <Button
            type="button"
            data-size="sm"
            loading={busy}
            aria-label={busy ? t.working : interpolate(t.confirmAria, { name: pupilName, day })}
            aria-describedby={error ? ids.error : undefined}
            onClick={() => void confirm()}
          >
            {busy ? t.working : t.confirm}
          </Button>
          <Button
            ref={declineButtonRef}
            type="button"
            data-size="sm"
            variant="secondary"
            disabled={busy}
            aria-label={interpolate(t.declineAria, { name: pupilName, day })}
            onClick={() => {
              setError(null);
              setDeclining(true);
            }}
          >
            {t.decline}
          </Button>
        </div>
      ) : null}

      {current === 'REQUESTED' && declining ? (
        <form noValidate className="decline-form" onSubmit={(event) => void decline(event)}>
          <Fieldset
            aria-labelledby={ids.legend}
            aria-describedby={
              reasonError ? `${ids.description} ${ids.reasonError}` : ids.description
            }
          >
            <Fieldset.Legend id={ids.legend}>{t.declineLegend}</Fieldset.Legend>
            <Fieldset.Description id={ids.description}>{t.declineDescription}</Fieldset.Description>
            {reasons.map((option, index) => (
              <Radio
                key={option.value}
                ref={index === 0 ? firstReasonRef : undefined}
                id={`decline-${id}-${option.value}`}
                name={`decline-reason-${id}`}
                value={option.value}
                label={option.label}
                checked={reason === option.value}
                aria-invalid={reasonError ? true : undefined}
                onChange={() => {
                  setReason(option.value);
                  setReasonError(null);
                }}
              />
            ))}
            {reasonError ? (
              <ValidationMessage id={ids.reasonError}>{reasonError}</ValidationMessage>
            ) : null}
          </Fieldset>
          <div className="cluster">
            <Button
              type="submit"
              data-size="sm"
              loading={busy}
              aria-describedby={error ? ids.error : undefined}
            >
              {busy ? t.working : t.sendAnswer}
            </Button>
            <Button
              type="button"
              data-size="sm"
              variant="tertiary"
              disabled={busy}
              onClick={() => {
                focusAfterClose.current = true;
                setDeclining(false);
                setReason(null);
                setReasonError(null);
                setError(null);
              }}
            >
              {t.cancelAnswer}
            </Button>
          </div>
        </form>
      ) : null}

      {errorMessage}

      {children}

      {notice ? (
        <div
          key={notice.id}
          ref={noticeRef}
          tabIndex={-1}
          className="ds-alert"
          data-color="success"
          data-size="sm"
          role="status"
          data-testid="answer-notice"
        >
          <p className="ds-paragraph">{notice.text}</p>
        </div>
      ) : null}
    </div>
  );
}
