'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import { PlainErrorSummary, TextField } from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { proposalErrorText } from './proposal-error';
import { PROPOSE_MUTATION } from './proposal-operations';

interface ProposeFormProps {
  youthId: string;
  youthName: string;
  opportunityId: string;
  title: string;
  /** Open proposal already: a tag instead of the form (the sent notice stays after a refresh). */
  alreadyProposed: boolean;
  /** Whether the disclosure starts open (a chosen opportunity). */
  open: boolean;
  /** Tells apart two forms for the same opportunity on one page (chosen and ranked). */
  idPrefix: string;
  t: Dictionary['proposals'];
  apiMessagesFit: boolean;
}

const MESSAGE_MIN = 10;

/**
 * "Foreslå" as a disclosure: a personal message (required) and send. The message stays when
 * something fails; a refusal (closed, already proposed) is said in words in the error summary.
 * After sending, the notice takes focus and stays when the page data is refreshed.
 */
export function ProposeForm({
  youthId,
  youthName,
  opportunityId,
  title,
  alreadyProposed,
  open,
  idPrefix,
  t,
  apiMessagesFit,
}: ProposeFormProps) {
  const router = useRouter();
  const c = t.counsellor;
  const path = `${idPrefix}-message-${opportunityId}`;
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) noticeRef.current?.focus();
  }, [sent]);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (message.trim().length < MESSAGE_MIN) {
      fail({ [path]: c.messageTooShort });
      return;
    }
    setBusy(true);
    try {
      await graphqlClient(PROPOSE_MUTATION, {
        input: { youthId, opportunityId, message: message.trim() },
      });
      setSent(true);
      router.refresh();
    } catch (error) {
      const fieldError =
        error instanceof GraphQLRequestError
          ? error.fieldErrors.find((item) => item.field === 'message')
          : undefined;
      if (fieldError) fail({ [path]: apiMessagesFit ? fieldError.message : c.messageTooShort });
      else fail({}, [proposalErrorText(error, t.errors, apiMessagesFit)]);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <div
        ref={noticeRef}
        tabIndex={-1}
        className="ds-alert"
        data-color="success"
        role="status"
        data-testid="proposal-sent"
      >
        <p className="ds-paragraph">{interpolate(c.sent, { title, name: youthName })}</p>
      </div>
    );
  }
  if (alreadyProposed) {
    return (
      <p className="ds-paragraph">
        <span className="ds-tag" data-color="success">
          {c.alreadyProposed}
        </span>
      </p>
    );
  }
  return (
    <details className="ds-details" data-testid="propose" open={open || undefined}>
      <summary aria-label={interpolate(c.proposeAria, { title, name: youthName })}>
        {c.propose}
      </summary>
      <form noValidate className="stack" onSubmit={(event) => void submit(event)}>
        <PlainErrorSummary
          title={t.common.errorTitle}
          errors={errors}
          formErrors={formErrors}
          focusKey={focusKey}
          labelFor={() => interpolate(c.messageLabel, { name: youthName })}
          rank={() => 0}
          headingId={`${idPrefix}-propose-errors-${opportunityId}`}
        />
        <TextField
          path={path}
          name="message"
          label={interpolate(c.messageLabel, { name: youthName })}
          description={c.messageDescription}
          multiline
          rows={4}
          maxLength={1000}
          value={message}
          onChange={(value) => {
            setMessage(value);
            setErrors({});
          }}
          error={errors[path]}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="ds-button"
            data-variant="primary"
            aria-busy={busy || undefined}
          >
            {busy ? t.common.working : c.send}
          </button>
        </div>
      </form>
    </details>
  );
}
