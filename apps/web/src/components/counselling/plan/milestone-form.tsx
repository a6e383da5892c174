'use client';

import { useState, type SubmitEvent } from 'react';
import {
  PlainErrorSummary,
  SelectField,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import {
  ADD_MILESTONE_MUTATION,
  UPDATE_MILESTONE_MUTATION,
  type PlanMilestone,
} from './plan-operations';
import { usePlanAction } from './use-plan-action';

const ORDER = ['title', 'dueOn', 'owner'];

interface MilestoneFormProps {
  youthId: string;
  /** The milestone being changed; absent when adding a new one. */
  milestone?: PlanMilestone;
  /** The plan's start: the earliest due date the date picker offers. */
  startsOn: string;
  ownerChoices: CheckboxChoice[];
  t: Dictionary['plan'];
  onDone?: () => void;
}

/** Adds a milestone to the plan, or changes one: title, due date and who does it. */
export function MilestoneForm({
  youthId,
  milestone,
  startsOn,
  ownerChoices,
  t,
  onDone,
}: MilestoneFormProps) {
  const action = usePlanAction(t);
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [dueOn, setDueOn] = useState(milestone?.dueOn ?? '');
  const [owner, setOwner] = useState<string>(milestone?.owner ?? 'TOGETHER');
  // Field ids must be unique on a page with several milestone forms.
  const prefix = milestone ? `milestone-${milestone.id}` : 'new-milestone';
  const labels: Record<string, string> = {
    title: t.milestoneTitle,
    dueOn: t.dueOn,
    owner: t.owner,
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { title, dueOn, owner };
    const saved = await action.run(() =>
      milestone
        ? graphqlClient(UPDATE_MILESTONE_MUTATION, { milestoneId: milestone.id, input })
        : graphqlClient(ADD_MILESTONE_MUTATION, { youthId, input }),
    );
    if (saved && !milestone) {
      setTitle('');
      setDueOn('');
    }
    if (saved) onDone?.();
  }

  const errors = Object.fromEntries(
    Object.entries(action.errors).map(([field, message]) => [`${prefix}.${field}`, message]),
  );

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => void submit(event)}
      data-testid={milestone ? 'milestone-edit-form' : 'milestone-add-form'}
    >
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={errors}
        formErrors={action.formErrors}
        focusKey={action.focusKey}
        labelFor={(field) => labels[field.slice(prefix.length + 1)]}
        rank={(field) => ORDER.indexOf(field.slice(prefix.length + 1))}
        headingId={`${prefix}-error-summary`}
      />
      <TextField
        path={`${prefix}.title`}
        label={t.milestoneTitle}
        value={title}
        maxLength={200}
        onChange={(next) => {
          setTitle(next);
          action.clear('title');
        }}
        error={action.errors.title}
      />
      <TextField
        path={`${prefix}.dueOn`}
        label={t.dueOn}
        type="date"
        min={startsOn}
        value={dueOn}
        onChange={(next) => {
          setDueOn(next);
          action.clear('dueOn');
        }}
        error={action.errors.dueOn}
      />
      <SelectField
        path={`${prefix}.owner`}
        label={t.owner}
        value={owner}
        onChange={(next) => {
          setOwner(next);
          action.clear('owner');
        }}
        error={action.errors.owner}
      >
        {ownerChoices.map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={action.busy || undefined}
        >
          {action.busy ? t.saving : milestone ? t.saveMilestone : t.addMilestone}
        </button>
        {milestone && onDone ? (
          <button type="button" className="ds-button" data-variant="secondary" onClick={onDone}>
            {t.cancel}
          </button>
        ) : null}
        <p className="ds-paragraph" data-size="sm" role="status">
          {action.done && !milestone ? t.milestoneSaved : ''}
        </p>
      </div>
    </form>
  );
}
