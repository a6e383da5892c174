'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { ARCHIVE_MUTATION, CLOSE_MUTATION, DUPLICATE_MUTATION } from '@/lib/opportunity-operations';

/*
 * Plain Designsystemet markup (CSS classes), not its React components: this island sits on
 * /arbeidsgiver and must not pull more shared chunks into its first load.
 */

type Text = Pick<
  Dictionary['employerList'],
  | 'close'
  | 'closeAria'
  | 'closeQuestion'
  | 'closeYes'
  | 'archive'
  | 'archiveAria'
  | 'archiveQuestion'
  | 'archiveYes'
  | 'keep'
  | 'duplicate'
  | 'duplicateAria'
  | 'working'
  | 'actionFailed'
>;

interface LifecycleActionsProps {
  id: string;
  title: string;
  canClose: boolean;
  canArchive: boolean;
  canDuplicate: boolean;
  t: Text;
  genericError: string;
  /** True when the UI speaks the API's language (Norwegian): its messages fit as they are. */
  apiMessagesFit: boolean;
}

type Step = 'idle' | 'close' | 'archive';

/**
 * "Steng", "Arkiver" (each with a confirmation step in place: the question takes focus, "Nei"
 * puts focus back) and "Lag kopi" for one of the employer's opportunities. After a change the
 * page goes to /arbeidsgiver with a notice that takes focus.
 */
export function LifecycleActions({
  id,
  title,
  canClose,
  canArchive,
  canDuplicate,
  t,
  genericError,
  apiMessagesFit,
}: LifecycleActionsProps) {
  const router = useRouter();
  const [step, setStep] = useState<Step>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const returnTo = useRef<HTMLButtonElement | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const archiveRef = useRef<HTMLButtonElement>(null);
  const questionId = `lifecycle-question-${id}`;
  const errorId = `lifecycle-error-${id}`;

  useEffect(() => {
    if (step !== 'idle') questionRef.current?.focus();
    else if (returnTo.current) {
      returnTo.current.focus();
      returnTo.current = null;
    }
  }, [step]);

  function reason(caught: unknown): string {
    if (
      caught instanceof GraphQLRequestError &&
      apiMessagesFit &&
      caught.code !== 'NETWORK_ERROR'
    ) {
      if (caught.code !== 'INTERNAL_SERVER_ERROR') return caught.message;
    }
    return genericError;
  }

  async function run(action: 'close' | 'archive' | 'duplicate') {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      let target: string;
      if (action === 'close') {
        await graphqlClient(CLOSE_MUTATION, { id });
        target = `/arbeidsgiver?stengt=${encodeURIComponent(id)}`;
      } else if (action === 'archive') {
        await graphqlClient(ARCHIVE_MUTATION, { id });
        target = `/arbeidsgiver?arkivert=${encodeURIComponent(id)}`;
      } else {
        const data = await graphqlClient(DUPLICATE_MUTATION, { id });
        target = `/arbeidsgiver?kopiert=${encodeURIComponent(data.duplicateOpportunity.id)}&fra=${encodeURIComponent(id)}`;
      }
      setStep('idle');
      router.replace(target, { scroll: true });
      router.refresh();
    } catch (caught) {
      setError(interpolate(t.actionFailed, { reason: reason(caught) }));
    } finally {
      setBusy(false);
    }
  }

  const errorMessage = error ? (
    <p
      className="ds-validation-message"
      data-field="validation"
      id={errorId}
      role="alert"
      data-testid="lifecycle-error"
    >
      {error}
    </p>
  ) : null;

  if (step !== 'idle') {
    const closing = step === 'close';
    return (
      <div className="lifecycle-confirm" role="group" aria-labelledby={questionId}>
        <p className="ds-paragraph" id={questionId} ref={questionRef} tabIndex={-1}>
          {interpolate(closing ? t.closeQuestion : t.archiveQuestion, { title })}
        </p>
        <div className="cluster">
          <button
            type="button"
            className="ds-button"
            data-size="sm"
            data-color="danger"
            aria-busy={busy || undefined}
            aria-describedby={error ? errorId : undefined}
            onClick={() => void run(step)}
          >
            {busy ? t.working : closing ? t.closeYes : t.archiveYes}
          </button>
          <button
            type="button"
            className="ds-button"
            data-size="sm"
            data-variant="secondary"
            disabled={busy}
            onClick={() => {
              returnTo.current = closing ? closeRef.current : archiveRef.current;
              setError(null);
              setStep('idle');
            }}
          >
            {t.keep}
          </button>
        </div>
        {errorMessage}
      </div>
    );
  }

  return (
    <>
      {canClose ? (
        <button
          ref={closeRef}
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          aria-label={interpolate(t.closeAria, { title })}
          onClick={() => {
            setError(null);
            setStep('close');
          }}
        >
          {t.close}
        </button>
      ) : null}
      {canArchive ? (
        <button
          ref={archiveRef}
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="secondary"
          aria-label={interpolate(t.archiveAria, { title })}
          onClick={() => {
            setError(null);
            setStep('archive');
          }}
        >
          {t.archive}
        </button>
      ) : null}
      {canDuplicate ? (
        <button
          type="button"
          className="ds-button"
          data-size="sm"
          data-variant="tertiary"
          aria-label={interpolate(t.duplicateAria, { title })}
          aria-busy={busy || undefined}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void run('duplicate')}
        >
          {busy ? t.working : t.duplicate}
        </button>
      ) : null}
      {errorMessage}
    </>
  );
}
