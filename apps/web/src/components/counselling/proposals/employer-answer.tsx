'use client';

import { useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import { PlainErrorSummary, TextField } from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { proposalErrorText } from './proposal-error';
import { EMPLOYER_ANSWER_MUTATION } from './proposal-operations';

interface EmployerAnswerProps {
  proposalId: string;
  /** Waiting for the employer's answer; afterwards only the notice stays (through refreshes). */
  open: boolean;
  t: Dictionary['proposals'];
  apiMessagesFit: boolean;
}

/** The employer's answer to a candidate: yes or no, and a message (required: everyone gets one). */
export function EmployerAnswer({ proposalId, open, t, apiMessagesFit }: EmployerAnswerProps) {
  const router = useRouter();
  const e = t.employer;
  const choicePath = `choice-${proposalId}`;
  const messagePath = `employer-message-${proposalId}`;
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
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
    const problems: FieldErrorMap = {};
    if (!choice) problems[choicePath] = e.choiceRequired;
    if (message.trim().length < 2) problems[messagePath] = e.messageRequired;
    if (Object.keys(problems).length > 0) {
      fail(problems);
      return;
    }
    setBusy(true);
    try {
      await graphqlClient(EMPLOYER_ANSWER_MUTATION, {
        input: { proposalId, accept: choice === 'yes', message: message.trim() },
      });
      setSent(true);
      router.refresh();
    } catch (error) {
      const fieldError =
        error instanceof GraphQLRequestError
          ? error.fieldErrors.find((item) => item.field === 'message')
          : undefined;
      if (fieldError)
        fail({ [messagePath]: apiMessagesFit ? fieldError.message : e.messageRequired });
      else fail({}, [proposalErrorText(error, t.errors, apiMessagesFit)]);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <div className="ds-alert" data-color="success" role="status" data-testid="employer-answered">
        <p className="ds-paragraph">{e.answered}</p>
      </div>
    );
  }
  if (!open) return null;
  const choiceError = errors[choicePath];
  const choiceId = fieldId(choicePath);
  return (
    <form noValidate className="stack" onSubmit={(event) => void submit(event)}>
      <PlainErrorSummary
        title={t.common.errorTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => (field === choicePath ? e.answerLegend : e.messageLabel)}
        rank={(field) => (field === choicePath ? 0 : 1)}
        headingId={`employer-answer-errors-${proposalId}`}
      />
      <fieldset
        className="ds-fieldset"
        aria-describedby={choiceError ? `${choiceId}-error` : undefined}
      >
        <legend className="ds-label">{e.answerLegend}</legend>
        {choiceError ? (
          <p className="ds-validation-message" data-field="validation" id={`${choiceId}-error`}>
            {choiceError}
          </p>
        ) : null}
        {(['yes', 'no'] as const).map((value, index) => {
          const id = index === 0 ? choiceId : `${choiceId}-${value}`;
          return (
            <div className="ds-field" data-position="start" key={value}>
              <input
                className="ds-input"
                type="radio"
                id={id}
                name={choicePath}
                value={value}
                checked={choice === value}
                aria-invalid={choiceError ? true : undefined}
                onChange={() => {
                  setChoice(value);
                  setErrors(({ [choicePath]: _gone, ...rest }) => rest);
                }}
              />
              <label className="ds-label" data-weight="regular" htmlFor={id}>
                {value === 'yes' ? e.yes : e.no}
              </label>
            </div>
          );
        })}
      </fieldset>
      <TextField
        path={messagePath}
        label={e.messageLabel}
        description={e.messageDescription}
        multiline
        rows={3}
        maxLength={1000}
        value={message}
        onChange={(value) => {
          setMessage(value);
          setErrors(({ [messagePath]: _gone, ...rest }) => rest);
        }}
        error={errors[messagePath]}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={busy || undefined}
        >
          {busy ? t.common.working : e.send}
        </button>
      </div>
    </form>
  );
}
