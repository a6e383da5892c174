'use client';

import { useState, type SubmitEvent } from 'react';
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
  t: Dictionary['proposals'];
  apiMessagesFit: boolean;
}

const MESSAGE_MIN = 10;

/**
 * "Foreslå": a personal message (required) and send. The message stays when something fails;
 * a refusal (closed, already proposed) is said in words in the error summary.
 */
export function ProposeForm({
  youthId,
  youthName,
  opportunityId,
  title,
  t,
  apiMessagesFit,
}: ProposeFormProps) {
  const router = useRouter();
  const c = t.counsellor;
  const path = `message-${opportunityId}`;
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

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
      <div className="ds-alert" data-color="success" role="status" data-testid="proposal-sent">
        <p className="ds-paragraph">{interpolate(c.sent, { title, name: youthName })}</p>
      </div>
    );
  }
  return (
    <form noValidate className="stack" onSubmit={(event) => void submit(event)}>
      <PlainErrorSummary
        title={t.common.errorTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={() => interpolate(c.messageLabel, { name: youthName })}
        rank={() => 0}
        headingId={`propose-errors-${opportunityId}`}
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
  );
}
