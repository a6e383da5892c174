'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import { REQUEST_EMAIL_VERIFICATION_MUTATION, VERIFY_EMAIL_MUTATION } from './identity-operations';
import { tokenErrorMessage } from './request-errors';

/**
 * Confirms the address only when the person presses the button: mail scanners that open every
 * link in an e-mail must not use up the one-time token.
 */
export function VerifyEmail({
  token,
  t,
  tt,
}: {
  token: string;
  t: Dictionary['identity']['verifyEmail'];
  tt: Dictionary['identity']['tokens'];
}) {
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function verify() {
    if (state !== 'idle') return;
    setState('working');
    setProblem(null);
    try {
      await graphqlClient(VERIFY_EMAIL_MUTATION, { input: { token } });
      setState('done');
    } catch (error) {
      setState('idle');
      setProblem(tokenErrorMessage(error, tt));
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <div className="stack">
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {state === 'done' ? (
          <div className="ds-alert" data-color="success" data-testid="email-verified">
            <p className="ds-paragraph">{t.done}</p>
            <p className="ds-paragraph">
              <Link className="ds-link" href="/">
                {t.continue}
              </Link>
            </p>
          </div>
        ) : problem ? (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{problem}</p>
          </div>
        ) : null}
      </div>
      {state === 'done' ? null : (
        <div className="form-actions">
          <button
            type="button"
            className="ds-button"
            aria-busy={state === 'working' || undefined}
            onClick={() => void verify()}
          >
            {state === 'working' ? t.submitting : t.submit}
          </button>
        </div>
      )}
    </div>
  );
}

/** For a signed-in person whose address is not confirmed: a fresh link by e-mail. */
export function ResendVerification({
  t,
  tt,
}: {
  t: Dictionary['identity']['verifyEmail'];
  tt: Dictionary['identity']['tokens'];
}) {
  const [state, setState] = useState<'idle' | 'working' | 'sent'>('idle');
  const [problem, setProblem] = useState<string | null>(null);

  async function resend() {
    if (state === 'working') return;
    setState('working');
    setProblem(null);
    try {
      await graphqlClient(REQUEST_EMAIL_VERIFICATION_MUTATION);
      setState('sent');
    } catch (error) {
      setState('idle');
      setProblem(tokenErrorMessage(error, tt));
    }
  }

  return (
    <div className="stack">
      <div aria-live="polite">
        {state === 'sent' ? (
          <div className="ds-alert" data-color="success">
            <p className="ds-paragraph">{t.resent}</p>
          </div>
        ) : problem ? (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{problem}</p>
          </div>
        ) : null}
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-busy={state === 'working' || undefined}
          onClick={() => void resend()}
        >
          {t.resend}
        </button>
      </div>
    </div>
  );
}
