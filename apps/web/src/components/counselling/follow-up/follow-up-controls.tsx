'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import {
  END_FOLLOW_UP_MUTATION,
  MARK_GOAL_REACHED_MUTATION,
  type GoalKindName,
} from './follow-up-operations';

const GOALS: readonly GoalKindName[] = ['JOB', 'APPRENTICESHIP', 'SCHOOL', 'ACTIVITY'];

/**
 * The coordinator's two steps at the end of the road: "the goal is reached" (six months of
 * follow-up with monthly reminders start) and "end the follow-up" (asked once more in place, as it
 * frees the place for the next young person waiting).
 */
export function FollowUpControls({
  youthId,
  goalReached,
  t,
}: {
  youthId: string;
  goalReached: boolean;
  t: Dictionary['followUp'];
}) {
  const router = useRouter();
  const [goal, setGoal] = useState<GoalKindName>('JOB');
  const [step, setStep] = useState<'idle' | 'busy' | 'asking'>('idle');
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step === 'asking') questionRef.current?.focus();
  }, [step]);

  async function send(action: () => Promise<unknown>, after: () => void) {
    setStep('busy');
    setError(null);
    try {
      await action();
      after();
    } catch (caught) {
      setError(
        caught instanceof GraphQLRequestError && caught.code === 'NOT_FOUND'
          ? t.notFound
          : t.genericError,
      );
    } finally {
      setStep('idle');
    }
  }

  return (
    <div className="stack">
      {error ? (
        <p className="ds-validation-message" data-field="validation" role="alert">
          {error}
        </p>
      ) : null}
      {!goalReached ? (
        <form
          className="cluster"
          onSubmit={(event) => {
            event.preventDefault();
            void send(
              () => graphqlClient(MARK_GOAL_REACHED_MUTATION, { youthId, goalKind: goal }),
              () => {
                router.refresh();
              },
            );
          }}
        >
          <div className="ds-field">
            <label className="ds-label" htmlFor="goal-kind">
              {t.goalLabel}
            </label>
            <select
              className="ds-input"
              id="goal-kind"
              value={goal}
              onChange={(event) => {
                setGoal(event.target.value as GoalKindName);
              }}
            >
              {GOALS.map((kind) => (
                <option key={kind} value={kind}>
                  {t[`goal${kind}`]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="ds-button"
            data-variant="secondary"
            aria-busy={step === 'busy' || undefined}
          >
            {t.markGoal}
          </button>
        </form>
      ) : null}
      {step === 'asking' ? (
        <div className="lifecycle-confirm stack" role="group" aria-labelledby="end-question">
          <p className="ds-paragraph" id="end-question" ref={questionRef} tabIndex={-1}>
            {t.endQuestion}
          </p>
          <div className="cluster">
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              onClick={() =>
                void send(
                  () => graphqlClient(END_FOLLOW_UP_MUTATION, { youthId }),
                  () => {
                    router.push('/veileder');
                  },
                )
              }
            >
              {t.endYes}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={() => {
                setStep('idle');
              }}
            >
              {t.endNo}
            </button>
          </div>
        </div>
      ) : (
        <div className="cluster">
          <button
            type="button"
            className="ds-button"
            data-variant="tertiary"
            disabled={step === 'busy'}
            onClick={() => {
              setStep('asking');
            }}
          >
            {t.end}
          </button>
        </div>
      )}
    </div>
  );
}
