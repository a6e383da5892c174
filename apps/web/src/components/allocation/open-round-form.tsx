'use client';

import { useRef, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { OPEN_ROUND_MUTATION } from '@/lib/allocation-operations';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient, GraphQLRequestError } from '@/lib/graphql';
import styles from './allocation.module.css';

export interface CohortChoice {
  id: string;
  label: string;
}

export interface SlotChoice {
  slotId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** e.g. "Elektriker for en dag – Lys AS". */
  label: string;
  /** e.g. "tirsdag 3. mars, kl. 09.00–14.00 · 3 ledige". */
  meta: string;
}

interface OpenRoundFormProps {
  cohorts: CohortChoice[];
  slots: SlotChoice[];
  defaultDeadline: string;
  t: Dictionary['allocation'];
  apiMessagesFit: boolean;
}

type Field = 'cohortId' | 'title' | 'choicesDeadline' | 'daysPerPupil' | 'minChoices' | 'slotIds';

/** A school counsellor opens a round: the class, a name, the deadline, and the days offered. */
export function OpenRoundForm({
  cohorts,
  slots,
  defaultDeadline,
  t,
  apiMessagesFit,
}: OpenRoundFormProps) {
  const router = useRouter();
  const [cohortId, setCohortId] = useState(cohorts[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [days, setDays] = useState(2);
  const [minChoices, setMinChoices] = useState(3);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await graphqlClient(OPEN_ROUND_MUTATION, {
        input: {
          cohortId,
          title,
          slotIds: chosen,
          choicesDeadline: deadline,
          daysPerPupil: days,
          minChoices: Math.min(minChoices, Math.max(chosen.length, 1)),
        },
      });
      router.push(`/skole/fordeling/${encodeURIComponent(answer.openAllocationRound.id)}`);
    } catch (caught) {
      const { generic, ...byCode } = t.errors;
      const field =
        caught instanceof GraphQLRequestError
          ? ((caught.fieldErrors[0]?.field as Field | undefined) ?? null)
          : null;
      setError({ field, message: bookingErrorText(caught, { apiMessagesFit, byCode, generic }) });
      setBusy(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  const invalid = (field: Field) => (error?.field === field ? true : undefined);
  const describedBy = (field: Field) => (error?.field === field ? 'open-round-error' : undefined);

  if (cohorts.length === 0) return <p className="ds-paragraph">{t.noCohorts}</p>;

  return (
    <form className="stack-lg" onSubmit={(event) => void submit(event)} noValidate>
      <div className="ds-field">
        <label className="ds-label" htmlFor="round-cohort">
          {t.cohortLabel}
        </label>
        <select
          className="ds-input"
          id="round-cohort"
          value={cohortId}
          aria-invalid={invalid('cohortId')}
          aria-describedby={describedBy('cohortId')}
          onChange={(event) => {
            setCohortId(event.target.value);
          }}
        >
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.label}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="round-title">
          {t.titleLabel}
        </label>
        <div data-field="description" id="round-title-hint">
          {t.titleHint}
        </div>
        <input
          className="ds-input"
          id="round-title"
          value={title}
          maxLength={120}
          aria-invalid={invalid('title')}
          aria-describedby={['round-title-hint', describedBy('title')].filter(Boolean).join(' ')}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="round-deadline">
          {t.deadlineLabel}
        </label>
        <input
          className="ds-input"
          id="round-deadline"
          type="date"
          value={deadline}
          aria-invalid={invalid('choicesDeadline')}
          aria-describedby={describedBy('choicesDeadline')}
          onChange={(event) => {
            setDeadline(event.target.value);
          }}
        />
      </div>
      <div className="cluster">
        <div className="ds-field">
          <label className="ds-label" htmlFor="round-days">
            {t.daysLabel}
          </label>
          <div data-field="description" id="round-days-hint">
            {t.daysHint}
          </div>
          <input
            className="ds-input"
            id="round-days"
            type="number"
            min={1}
            max={5}
            value={days}
            aria-invalid={invalid('daysPerPupil')}
            aria-describedby="round-days-hint"
            onChange={(event) => {
              setDays(Number(event.target.value));
            }}
          />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="round-min">
            {t.minChoicesLabel}
          </label>
          <input
            className="ds-input"
            id="round-min"
            type="number"
            min={1}
            max={20}
            value={minChoices}
            aria-invalid={invalid('minChoices')}
            onChange={(event) => {
              setMinChoices(Number(event.target.value));
            }}
          />
        </div>
      </div>
      <fieldset
        className="ds-fieldset"
        aria-invalid={invalid('slotIds')}
        aria-describedby={['round-slots-hint', describedBy('slotIds')].filter(Boolean).join(' ')}
      >
        <legend className="ds-label">{t.slotsLegend}</legend>
        <p className="ds-paragraph" id="round-slots-hint">
          {t.slotsHint} {interpolate(t.chosenCount, { count: String(chosen.length) })}
        </p>
        {slots.length === 0 ? (
          <p className="ds-paragraph">{t.noSlotOptions}</p>
        ) : (
          <div className={styles.slotChoices} data-testid="round-slot-options">
            {slots.map((slot) => {
              const id = `round-slot-${slot.slotId}`;
              return (
                <div
                  className="ds-field"
                  data-position="start"
                  key={slot.slotId}
                  data-date={slot.date}
                >
                  <input
                    className="ds-input"
                    type="checkbox"
                    id={id}
                    checked={chosen.includes(slot.slotId)}
                    onChange={(event) => {
                      const checked = event.target.checked;
                      setChosen((current) =>
                        checked
                          ? [...current, slot.slotId]
                          : current.filter((slotId) => slotId !== slot.slotId),
                      );
                    }}
                  />
                  <label className="ds-label" data-weight="regular" htmlFor={id}>
                    {slot.label}
                    <span className={styles.meta}> · {slot.meta}</span>
                  </label>
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
      {error ? (
        <p
          className="ds-validation-message"
          data-field="validation"
          id="open-round-error"
          role="alert"
          tabIndex={-1}
          ref={errorRef}
        >
          {error.message}
        </p>
      ) : null}
      <div className="cluster">
        <button type="submit" className="ds-button" aria-busy={busy || undefined}>
          {busy ? t.opening : t.submitOpen}
        </button>
      </div>
    </form>
  );
}
