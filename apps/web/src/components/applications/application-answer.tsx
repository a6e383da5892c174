'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { ACCEPT_OFFER_MUTATION, WITHDRAW_MUTATION } from '@/lib/application-operations';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';

interface ApplicationAnswerProps {
  id: string;
  title: string;
  employer: string;
  canWithdraw: boolean;
  canAccept: boolean;
  t: Dictionary['myApplications'];
  errors: Dictionary['applicationErrors'];
  apiMessagesFit: boolean;
}

/**
 * The youth's moves on one application: "Takk ja" to an offer, and "Trekk søknaden" with a
 * confirmation step in place (the question takes focus; "Nei" puts focus back). After a move the
 * page data is refreshed and a status message here takes focus.
 */
export function ApplicationAnswer({
  id,
  title,
  employer,
  canWithdraw,
  canAccept,
  t,
  errors,
  apiMessagesFit,
}: ApplicationAnswerProps) {
  const router = useRouter();
  const [step, setStep] = useState<'idle' | 'asking' | 'withdrawn' | 'accepted'>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const questionId = `withdraw-question-${id}`;
  const errorId = `application-error-${id}`;

  useEffect(() => {
    if (step === 'asking') questionRef.current?.focus();
    if (step === 'withdrawn' || step === 'accepted') noticeRef.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [step]);

  async function run(action: 'withdraw' | 'accept') {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (action === 'withdraw') await graphqlClient(WITHDRAW_MUTATION, { id });
      else await graphqlClient(ACCEPT_OFFER_MUTATION, { id });
      setStep(action === 'withdraw' ? 'withdrawn' : 'accepted');
      router.refresh();
    } catch (caught) {
      const { generic, ...byCode } = errors;
      setError(bookingErrorText(caught, { apiMessagesFit, byCode, generic }));
    } finally {
      setBusy(false);
    }
  }

  if (step === 'withdrawn' || step === 'accepted') {
    return (
      <div
        ref={noticeRef}
        tabIndex={-1}
        className="ds-alert"
        data-color="success"
        role="status"
        data-testid="application-notice"
      >
        <p className="ds-paragraph">
          {step === 'withdrawn'
            ? interpolate(t.withdrawnNotice, { title })
            : interpolate(t.acceptedNotice, { title })}
        </p>
      </div>
    );
  }

  const errorMessage = error ? (
    <p className="ds-validation-message" data-field="validation" id={errorId} role="alert">
      {error}
    </p>
  ) : null;

  if (step === 'asking') {
    return (
      <div className="lifecycle-confirm" role="group" aria-labelledby={questionId}>
        <p className="ds-paragraph" id={questionId} ref={questionRef} tabIndex={-1}>
          {interpolate(t.withdrawQuestion, { title, employer })}
        </p>
        <div className="cluster">
          <button
            type="button"
            className="ds-button"
            data-size="sm"
            data-color="danger"
            aria-busy={busy || undefined}
            aria-describedby={error ? errorId : undefined}
            onClick={() => void run('withdraw')}
          >
            {busy ? t.working : t.withdrawYes}
          </button>
          <button
            type="button"
            className="ds-button"
            data-size="sm"
            data-variant="secondary"
            disabled={busy}
            onClick={() => {
              returnFocus.current = true;
              setError(null);
              setStep('idle');
            }}
          >
            {t.withdrawNo}
          </button>
        </div>
        {errorMessage}
      </div>
    );
  }

  if (!canWithdraw && !canAccept) return null;
  return (
    <div className="cluster">
      {canAccept ? (
        <button
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="primary"
          aria-label={interpolate(t.acceptAria, { title })}
          aria-busy={busy || undefined}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void run('accept')}
        >
          {busy ? t.working : t.accept}
        </button>
      ) : null}
      {canWithdraw ? (
        <button
          ref={openRef}
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          aria-label={interpolate(t.withdrawAria, { title })}
          onClick={() => {
            setError(null);
            setStep('asking');
          }}
        >
          {t.withdraw}
        </button>
      ) : null}
      {errorMessage}
    </div>
  );
}
