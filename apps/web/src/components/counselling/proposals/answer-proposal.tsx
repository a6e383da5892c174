'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import {
  CheckboxGroup,
  SelectField,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { graphqlClient } from '@/lib/graphql';
import { proposalErrorText } from './proposal-error';
import { ANSWER_PROPOSAL_MUTATION } from './proposal-operations';

interface AnswerProposalProps {
  proposalId: string;
  /** Still waiting for the answer; after answering, only the notice stays (through refreshes). */
  open: boolean;
  title: string;
  /** The profile fields the youth may share, labelled in their language. */
  shareChoices: CheckboxChoice[];
  /** The optional reasons for a no, labelled in their language. */
  reasonChoices: CheckboxChoice[];
  t: Dictionary['proposals'];
  apiMessagesFit: boolean;
}

/**
 * The young person's answer: "Ja" opens the choice of what the employer may see (nothing unless
 * ticked, explained in plain words) and an optional note; "Nei takk" an optional reason. Nothing
 * typed is lost when sending fails.
 */
export function AnswerProposal({
  proposalId,
  open,
  title,
  shareChoices,
  reasonChoices,
  t,
  apiMessagesFit,
}: AnswerProposalProps) {
  const router = useRouter();
  const y = t.youth;
  const [mode, setMode] = useState<'idle' | 'accept' | 'decline' | 'done'>('idle');
  const [shared, setShared] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [doneText, setDoneText] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const errorId = `answer-error-${proposalId}`;

  useEffect(() => {
    if (mode === 'accept' || mode === 'decline')
      formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    if (mode === 'done') noticeRef.current?.focus();
  }, [mode]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const accept = mode === 'accept';
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(ANSWER_PROPOSAL_MUTATION, {
        input: {
          proposalId,
          accept,
          sharedFields: accept ? shared : [],
          declineReason: accept || !reason ? null : reason,
          note: note.trim() || null,
        },
      });
      setDoneText(interpolate(accept ? y.accepted : y.declined, { title }));
      setMode('done');
      router.refresh();
    } catch (caught) {
      setError(proposalErrorText(caught, t.errors, apiMessagesFit));
    } finally {
      setBusy(false);
    }
  }

  if (mode === 'done') {
    return (
      <div
        ref={noticeRef}
        tabIndex={-1}
        className="ds-alert"
        data-color="success"
        role="status"
        data-testid="answer-notice"
      >
        <p className="ds-paragraph">{doneText}</p>
      </div>
    );
  }
  if (!open) return null;
  if (mode === 'idle') {
    return (
      <div className="cluster">
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          aria-label={interpolate(y.acceptAria, { title })}
          onClick={() => {
            setMode('accept');
          }}
        >
          {y.accept}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-label={interpolate(y.declineAria, { title })}
          onClick={() => {
            setMode('decline');
          }}
        >
          {y.decline}
        </button>
      </div>
    );
  }
  const accept = mode === 'accept';
  return (
    <form
      ref={formRef}
      noValidate
      className="stack"
      aria-label={interpolate(accept ? y.acceptAria : y.declineAria, { title })}
      onSubmit={(event) => void submit(event)}
    >
      {accept ? (
        <CheckboxGroup
          path={`share-${proposalId}`}
          legend={y.shareLegend}
          description={y.shareHelp}
          choices={shareChoices}
          value={shared}
          onChange={setShared}
        />
      ) : (
        <SelectField
          path={`reason-${proposalId}`}
          label={y.reasonLabel}
          value={reason}
          onChange={setReason}
        >
          <option value="">{y.reasonNone}</option>
          {reasonChoices.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {choice.label}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        path={`note-${proposalId}`}
        label={y.noteLabel}
        multiline
        rows={3}
        maxLength={1000}
        value={note}
        onChange={setNote}
      />
      {error ? (
        <div className="ds-alert" data-color="danger" id={errorId} role="alert">
          <p className="ds-paragraph">{error}</p>
        </div>
      ) : null}
      <div className="cluster">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={busy || undefined}
          aria-describedby={error ? errorId : undefined}
        >
          {busy ? t.common.working : accept ? y.sendYes : y.sendNo}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          disabled={busy}
          onClick={() => {
            setError(null);
            setMode('idle');
          }}
        >
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
