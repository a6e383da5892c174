'use client';

import { useState, type SubmitEvent } from 'react';
import { PlainErrorSummary, TextField } from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import { SAVE_PLAN_MUTATION } from './plan-operations';
import { usePlanAction } from './use-plan-action';

const ORDER = ['goal', 'startsOn'];

/** The plan's goal and start date: creates the plan the first time, then changes it. */
export function PlanGoalForm({
  youthId,
  plan,
  today,
  t,
}: {
  youthId: string;
  plan: { goal: string; startsOn: string } | null;
  /** Today in Oslo, the start date offered for a new plan. */
  today: string;
  t: Dictionary['plan'];
}) {
  const action = usePlanAction(t);
  const [goal, setGoal] = useState(plan?.goal ?? '');
  const [startsOn, setStartsOn] = useState(plan?.startsOn ?? today);
  const labels: Record<string, string> = { goal: t.goal, startsOn: t.startsOn };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(() =>
      graphqlClient(SAVE_PLAN_MUTATION, { youthId, input: { goal, startsOn } }),
    );
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => void submit(event)}
      data-testid="plan-goal-form"
    >
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={action.errors}
        formErrors={action.formErrors}
        focusKey={action.focusKey}
        labelFor={(field) => labels[field]}
        rank={(field) => ORDER.indexOf(field)}
        headingId="plan-error-summary"
      />
      <TextField
        path="goal"
        label={t.goal}
        description={t.goalDescription}
        value={goal}
        maxLength={300}
        onChange={(next) => {
          setGoal(next);
          action.clear('goal');
        }}
        error={action.errors.goal}
      />
      <TextField
        path="startsOn"
        label={t.startsOn}
        type="date"
        value={startsOn}
        onChange={(next) => {
          setStartsOn(next);
          action.clear('startsOn');
        }}
        error={action.errors.startsOn}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={action.busy || undefined}
        >
          {action.busy ? t.saving : plan ? t.savePlan : t.createPlan}
        </button>
        <p className="ds-paragraph" data-size="sm" role="status">
          {action.done ? t.planSaved : ''}
        </p>
      </div>
    </form>
  );
}
