'use client';

import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { graphqlClient } from '@/lib/graphql';
import { SET_MILESTONE_DONE_MUTATION } from './plan-operations';
import { usePlanAction } from './use-plan-action';

/** Marks a milestone done, or not done after all: for the young person and the coordinator. */
export function MilestoneDoneToggle({
  milestoneId,
  title,
  done,
  t,
}: {
  milestoneId: string;
  title: string;
  done: boolean;
  t: Dictionary['plan'];
}) {
  const action = usePlanAction(t);
  return (
    <div className="stack">
      <button
        type="button"
        className="ds-button"
        data-variant={done ? 'secondary' : 'primary'}
        aria-busy={action.busy || undefined}
        aria-label={interpolate(done ? t.markUndoneAria : t.markDoneAria, { title })}
        data-testid="milestone-done-toggle"
        onClick={() =>
          void action.run(() =>
            graphqlClient(SET_MILESTONE_DONE_MUTATION, { milestoneId, done: !done }),
          )
        }
      >
        {done ? t.markUndone : t.markDone}
      </button>
      {action.formErrors.map((message) => (
        <p key={message} className="ds-validation-message" data-field="validation" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}
