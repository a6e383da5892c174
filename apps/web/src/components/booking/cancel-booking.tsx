'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';
import { CANCEL_BOOKING_MUTATION } from '@/lib/operations';

interface CancelBookingProps {
  id: string;
  /** False once the booking is final or its day has passed: then only a result notice can show. */
  cancellable: boolean;
  waitlisted: boolean;
  day: string;
  title: string;
  employer: string;
  t: Pick<
    Dictionary['myDays'],
    | 'cancel'
    | 'cancelAria'
    | 'cancelQuestion'
    | 'leaveWaitlistQuestion'
    | 'cancelYes'
    | 'cancelNo'
    | 'cancelling'
    | 'cancelledNotice'
  >;
  errors: Dictionary['bookingErrors'];
  apiMessagesFit: boolean;
}

/**
 * "Avbestill" on one of the pupil's bookings, with a confirmation step in place (no dialog): the
 * question takes focus, "Nei" puts focus back on "Avbestill". After cancelling, the page data is
 * refreshed and a status message here, in the booking it concerns, takes focus.
 */
export function CancelBooking({
  id,
  cancellable,
  waitlisted,
  day,
  title,
  employer,
  t,
  errors,
  apiMessagesFit,
}: CancelBookingProps) {
  const router = useRouter();
  const [step, setStep] = useState<'idle' | 'asking' | 'done'>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const questionId = `cancel-question-${id}`;
  const errorId = `cancel-error-${id}`;

  useEffect(() => {
    if (step === 'asking') questionRef.current?.focus();
    if (step === 'done') noticeRef.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [step]);

  async function cancel() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(CANCEL_BOOKING_MUTATION, { id });
      setStep('done');
      router.refresh();
    } catch (caught) {
      const { generic, ...byCode } = errors;
      setError(bookingErrorText(caught, { apiMessagesFit, byCode, generic }));
    } finally {
      setBusy(false);
    }
  }

  if (step === 'done') {
    return (
      <div
        ref={noticeRef}
        tabIndex={-1}
        className="ds-alert booking-card__notice"
        data-color="success"
        role="status"
        data-testid="cancel-notice"
      >
        <p className="ds-paragraph">{interpolate(t.cancelledNotice, { day })}</p>
      </div>
    );
  }
  if (!cancellable) return null;

  const errorMessage = error ? (
    <ValidationMessage id={errorId} role="alert" data-testid="cancel-error">
      {error}
    </ValidationMessage>
  ) : null;

  if (step === 'asking') {
    return (
      <div className="booking-card__confirm" role="group" aria-labelledby={questionId}>
        <p className="ds-paragraph" id={questionId} ref={questionRef} tabIndex={-1}>
          {interpolate(waitlisted ? t.leaveWaitlistQuestion : t.cancelQuestion, {
            day,
            employer,
          })}
        </p>
        <div className="cluster">
          <Button
            type="button"
            data-size="sm"
            data-color="danger"
            loading={busy}
            aria-describedby={error ? errorId : undefined}
            onClick={() => void cancel()}
          >
            {busy ? t.cancelling : t.cancelYes}
          </Button>
          <Button
            type="button"
            data-size="sm"
            variant="secondary"
            disabled={busy}
            onClick={() => {
              returnFocus.current = true;
              setError(null);
              setStep('idle');
            }}
          >
            {t.cancelNo}
          </Button>
        </div>
        {errorMessage}
      </div>
    );
  }

  return (
    <div className="booking-card__actions">
      <Button
        ref={openRef}
        type="button"
        data-size="sm"
        variant="secondary"
        aria-label={interpolate(t.cancelAria, { day, title })}
        onClick={() => {
          setStep('asking');
        }}
      >
        {t.cancel}
      </Button>
    </div>
  );
}
