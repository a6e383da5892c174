'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { graphqlClient } from '@/lib/graphql';
import { proposalErrorText } from './proposal-error';
import { MARK_PLACED_MUTATION, WITHDRAW_PROPOSAL_MUTATION } from './proposal-operations';
import type { Dictionary } from '@/i18n/dictionary';

interface ProposalActionsProps {
  proposalId: string;
  /** Shown on the buttons, e.g. "Trekk forslaget om «…»" (already filled in). */
  withdrawLabel: string | null;
  withdrawAria: string;
  placeLabel: string | null;
  doneWithdrawn: string;
  donePlaced: string;
  t: Dictionary['proposals'];
  apiMessagesFit: boolean;
}

/** The counsellor's (or employer's) one-click moves on a proposal: withdraw, mark as placed. */
export function ProposalActions({
  proposalId,
  withdrawLabel,
  withdrawAria,
  placeLabel,
  doneWithdrawn,
  donePlaced,
  t,
  apiMessagesFit,
}: ProposalActionsProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = `proposal-action-error-${proposalId}`;

  async function run(action: 'withdraw' | 'place') {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (action === 'withdraw')
        await graphqlClient(WITHDRAW_PROPOSAL_MUTATION, { id: proposalId });
      else await graphqlClient(MARK_PLACED_MUTATION, { id: proposalId });
      setDone(action === 'withdraw' ? doneWithdrawn : donePlaced);
      router.refresh();
    } catch (caught) {
      setError(proposalErrorText(caught, t.errors, apiMessagesFit));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="ds-alert" data-color="success" role="status">
        <p className="ds-paragraph">{done}</p>
      </div>
    );
  }
  if (!withdrawLabel && !placeLabel) return null;
  return (
    <div className="cluster">
      {placeLabel ? (
        <button
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="primary"
          aria-busy={busy || undefined}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void run('place')}
        >
          {busy ? t.common.working : placeLabel}
        </button>
      ) : null}
      {withdrawLabel ? (
        <button
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          aria-label={withdrawAria}
          aria-busy={busy || undefined}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void run('withdraw')}
        >
          {busy ? t.common.working : withdrawLabel}
        </button>
      ) : null}
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
