'use client';

import { useState } from 'react';
import { graphqlClient } from '@/lib/graphql';
import { SIGN_OUT_EVERYWHERE_MUTATION } from '../identity/identity-operations';

/** Ends every session of the account (all browsers, live connections), then goes to sign-in. */
export function SignOutEverywhere({
  label,
  genericError,
}: {
  label: string;
  genericError: string;
}) {
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);

  async function run() {
    if (working) return;
    setWorking(true);
    setFailed(false);
    try {
      await graphqlClient(SIGN_OUT_EVERYWHERE_MUTATION);
      window.location.assign('/logg-inn');
    } catch {
      setWorking(false);
      setFailed(true);
    }
  }

  return (
    <div className="stack">
      <div className="form-actions">
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-busy={working || undefined}
          onClick={() => void run()}
        >
          {label}
        </button>
      </div>
      <div aria-live="polite">
        {failed ? (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{genericError}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
