'use client';

import { useState } from 'react';
import { graphqlClient } from '@/lib/graphql';
import { SEND_GUARDIAN_LINK_MUTATION } from './data-rights-operations';

/** The pupil sends their guardian (the address on record) the one-time data-rights link. */
export function GuardianLinkButton({
  label,
  sent,
  notSent,
}: {
  label: string;
  sent: string;
  notSent: string;
}) {
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);

  async function run() {
    if (working) return;
    setWorking(true);
    setResult(null);
    try {
      const { sendGuardianLink } = await graphqlClient(SEND_GUARDIAN_LINK_MUTATION);
      setResult(sendGuardianLink ? 'sent' : 'failed');
    } catch {
      setResult('failed');
    } finally {
      setWorking(false);
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
          data-testid="send-guardian-link"
        >
          {label}
        </button>
      </div>
      <div aria-live="polite">
        {result ? (
          <div className="ds-alert" data-color={result === 'sent' ? 'success' : 'warning'}>
            <p className="ds-paragraph">{result === 'sent' ? sent : notSent}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
