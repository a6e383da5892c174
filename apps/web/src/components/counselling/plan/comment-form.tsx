'use client';

import { useState, type SubmitEvent } from 'react';
import { PlainErrorSummary, TextField } from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import { ADD_COMMENT_MUTATION } from './plan-operations';
import { usePlanAction } from './use-plan-action';

/** A note on the plan, by the young person or the coordinator; both see it. */
export function CommentForm({ planId, t }: { planId: string; t: Dictionary['plan'] }) {
  const action = usePlanAction(t);
  const [body, setBody] = useState('');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await action.run(() => graphqlClient(ADD_COMMENT_MUTATION, { planId, body }))) setBody('');
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => void submit(event)}
      data-testid="plan-comment-form"
    >
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={action.errors}
        formErrors={action.formErrors}
        focusKey={action.focusKey}
        labelFor={() => t.comment}
        rank={() => 0}
        headingId="comment-error-summary"
      />
      <TextField
        path="body"
        label={t.comment}
        description={t.commentDescription}
        multiline
        rows={3}
        maxLength={2000}
        value={body}
        onChange={(next) => {
          setBody(next);
          action.clear('body');
        }}
        error={action.errors.body}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={action.busy || undefined}
        >
          {action.busy ? t.saving : t.sendComment}
        </button>
        <p className="ds-paragraph" data-size="sm" role="status">
          {action.done ? t.commentSent : ''}
        </p>
      </div>
    </form>
  );
}
