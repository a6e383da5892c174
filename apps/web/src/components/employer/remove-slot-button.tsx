'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { REMOVE_SLOT_MUTATION } from '@/lib/opportunity-operations';

interface RemoveSlotButtonProps {
  slotId: string;
  day: string;
  t: Pick<
    Dictionary['bulkSlots'],
    'remove' | 'removeAria' | 'removeQuestion' | 'removeYes' | 'removeNo' | 'working'
  >;
  genericError: string;
  apiMessagesFit: boolean;
}

/** "Fjern" for a day nobody has booked, with a confirmation step in place. */
export function RemoveSlotButton({
  slotId,
  day,
  t,
  genericError,
  apiMessagesFit,
}: RemoveSlotButtonProps) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLSpanElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const errorId = `remove-error-${slotId}`;

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [asking]);

  async function remove() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(REMOVE_SLOT_MUTATION, { slotId });
      router.refresh();
    } catch (caught) {
      setError(
        caught instanceof GraphQLRequestError &&
          apiMessagesFit &&
          caught.code !== 'INTERNAL_SERVER_ERROR' &&
          caught.code !== 'NETWORK_ERROR'
          ? caught.message
          : genericError,
      );
    } finally {
      setBusy(false);
    }
  }

  const errorMessage = error ? (
    <span className="ds-validation-message" data-field="validation" id={errorId} role="alert">
      {error}
    </span>
  ) : null;

  if (asking) {
    return (
      <span className="cluster" role="group" aria-labelledby={`remove-q-${slotId}`}>
        <span id={`remove-q-${slotId}`} ref={questionRef} tabIndex={-1}>
          {interpolate(t.removeQuestion, { day })}
        </span>
        <button
          type="button"
          className="ds-button"
          data-size="sm"
          data-color="danger"
          aria-busy={busy || undefined}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void remove()}
        >
          {busy ? t.working : t.removeYes}
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
            setAsking(false);
          }}
        >
          {t.removeNo}
        </button>
        {errorMessage}
      </span>
    );
  }
  return (
    <button
      ref={openRef}
      type="button"
      className="ds-button"
      data-size="sm"
      data-variant="tertiary"
      aria-label={interpolate(t.removeAria, { day })}
      onClick={() => {
        setAsking(true);
      }}
    >
      {t.remove}
    </button>
  );
}
