'use client';

import { useState } from 'react';
import { graphqlClient } from '@/lib/graphql';
import { START_OIDC_SIGN_IN_MUTATION } from './identity-operations';

/** Where to go after the provider sends the browser back (survives the round trip in this tab). */
export const OIDC_NEXT_KEY = 'aks-oidc-next';

/**
 * "Logg inn med ID-porten" / "… Feide": asks the API for the provider's address (the API keeps state,
 * nonce and the PKCE verifier in a short-lived httpOnly cookie) and sends the browser there.
 */
export function OidcSignInButton({
  label,
  startingLabel,
  failedMessage,
  next,
  provider = null,
}: {
  label: string;
  startingLabel: string;
  failedMessage: string;
  next?: string;
  /** Which provider (from the API's signInOptions); null: the one configured the older way. */
  provider?: string | null;
}) {
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);

  async function start() {
    if (starting) return;
    setStarting(true);
    setFailed(false);
    try {
      const data = await graphqlClient(START_OIDC_SIGN_IN_MUTATION, { provider });
      try {
        if (next) sessionStorage.setItem(OIDC_NEXT_KEY, next);
        else sessionStorage.removeItem(OIDC_NEXT_KEY);
      } catch {
        // Storage may be off; the callback then lands on the home page.
      }
      window.location.assign(data.startOidcSignIn);
    } catch {
      setStarting(false);
      setFailed(true);
    }
  }

  return (
    <div className="stack">
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        aria-busy={starting || undefined}
        aria-disabled={starting || undefined}
        onClick={() => void start()}
      >
        {starting ? startingLabel : label}
      </button>
      <div aria-live="polite">
        {failed ? (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{failedMessage}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
