'use client';

import { useState } from 'react';
import type { CheckboxChoice } from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { graphqlClient } from '@/lib/graphql';
import { MilestoneDoneToggle } from './milestone-done-toggle';
import { MilestoneForm } from './milestone-form';
import { REMOVE_MILESTONE_MUTATION, type PlanMilestone } from './plan-operations';
import { usePlanAction } from './use-plan-action';

/** One milestone in the coordinator's editor: mark done, change in place, or remove. */
export function MilestoneItem({
  youthId,
  milestone,
  startsOn,
  dueText,
  ownerChoices,
  t,
}: {
  youthId: string;
  milestone: PlanMilestone;
  startsOn: string;
  /** The due date in words, formatted on the server. */
  dueText: string;
  ownerChoices: CheckboxChoice[];
  t: Dictionary['plan'];
}) {
  const [editing, setEditing] = useState(false);
  const removal = usePlanAction(t);
  const done = milestone.doneAt !== null;
  const ownerLabel = ownerChoices.find((choice) => choice.code === milestone.owner)?.label;

  if (editing) {
    return (
      <MilestoneForm
        youthId={youthId}
        milestone={milestone}
        startsOn={startsOn}
        ownerChoices={ownerChoices}
        t={t}
        onDone={() => {
          setEditing(false);
        }}
      />
    );
  }

  return (
    <div className="stack">
      <p className="ds-paragraph">
        <strong>{milestone.title}</strong>{' '}
        <span className="ds-tag" data-color={done ? 'success' : 'neutral'}>
          {done ? t.doneStatus : t.openStatus}
        </span>
      </p>
      <p className="ds-paragraph muted" data-size="sm">
        {interpolate(t.due, { date: dueText })} · {t.owner}: {ownerLabel ?? milestone.owner}
      </p>
      <div className="cluster">
        <MilestoneDoneToggle milestoneId={milestone.id} title={milestone.title} done={done} t={t} />
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-label={interpolate(t.editAria, { title: milestone.title })}
          onClick={() => {
            setEditing(true);
          }}
        >
          {t.edit}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          data-color="danger"
          aria-busy={removal.busy || undefined}
          aria-label={interpolate(t.removeAria, { title: milestone.title })}
          onClick={() => {
            if (!window.confirm(interpolate(t.confirmRemove, { title: milestone.title }))) return;
            void removal.run(() =>
              graphqlClient(REMOVE_MILESTONE_MUTATION, { milestoneId: milestone.id }),
            );
          }}
        >
          {t.remove}
        </button>
      </div>
      {removal.formErrors.map((message) => (
        <p key={message} className="ds-validation-message" data-field="validation" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}
