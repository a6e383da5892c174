'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { Locale } from '@akselerator/domain';
import {
  CheckboxGroup,
  PlainErrorSummary,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { loadDomain, tryLoadDomain, type Domain } from '@/lib/domain-client';
import { apiFieldErrorMap, toErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import {
  ADD_SLOTS_MUTATION,
  type SlotPatternInput,
  type WeekdayName,
} from '@/lib/opportunity-operations';

interface Values {
  weekdays: string[];
  fromDate: string;
  toDate: string;
  startTime: string;
  endTime: string;
  capacity: string;
}

const ORDER = ['weekdays', 'fromDate', 'toDate', 'startTime', 'endTime', 'capacity'];

function toPattern(values: Values): SlotPatternInput {
  const capacity = values.capacity.trim();
  return {
    weekdays: values.weekdays as WeekdayName[],
    fromDate: values.fromDate,
    toDate: values.toDate,
    startTime: values.startTime,
    endTime: values.endTime,
    capacity: /^\d+$/.test(capacity) ? Number(capacity) : Number.NaN,
  };
}

/** The pattern with the domain's own weekday values, for its rules. */
function forDomain(domain: Domain, pattern: SlotPatternInput) {
  return { ...pattern, weekdays: pattern.weekdays.map((day) => domain.Weekday[day]) };
}

/** How many days the pattern makes, once the rules are loaded and the pattern is whole. */
function countDays(domain: Domain | undefined, values: Values): number | undefined {
  if (!domain || values.weekdays.length === 0) return undefined;
  if (!domain.isIsoDate(values.fromDate) || !domain.isIsoDate(values.toDate)) return undefined;
  if (values.toDate < values.fromDate) return undefined;
  return domain.expandSlotPattern(forDomain(domain, toPattern(values))).length;
}

interface BulkSlotsFormProps {
  opportunityId: string;
  weekdays: CheckboxChoice[];
  today: string;
  locale: Locale;
  t: Dictionary['bulkSlots'];
  errorSummaryTitle: string;
  genericError: string;
  headingId: string;
  /** True when the UI speaks the API's language (Norwegian): its messages fit as they are. */
  apiMessagesFit: boolean;
}

/**
 * "Many days at once" for a hospitering: weekdays within a period, times and seats per day. Says
 * how many days that makes as the employer types; the shared rules refuse a pattern with no dates
 * or more than 200, next to the field to change.
 */
export function BulkSlotsForm({
  opportunityId,
  weekdays,
  today,
  locale,
  t,
  errorSummaryTitle,
  genericError,
  headingId,
  apiMessagesFit,
}: BulkSlotsFormProps) {
  const router = useRouter();
  const [domain, setDomain] = useState<Domain | undefined>(undefined);
  const [values, setValues] = useState<Values>({
    weekdays: [],
    fromDate: '',
    toDate: '',
    startTime: '09:00',
    endTime: '14:00',
    capacity: '4',
  });
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    let live = true;
    loadDomain()
      .then((loaded) => {
        if (live) setDomain(loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => field !== key)),
    );
  }

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    const rules = await tryLoadDomain();
    const pattern = toPattern(values);
    const problems = rules
      ? rules.validateSlotPattern(forDomain(rules, pattern), today, locale)
      : [];
    if (problems.length > 0) {
      setSubmitting(false);
      fail(toErrorMap(problems));
      return;
    }
    try {
      const { addSlots } = await graphqlClient(ADD_SLOTS_MUTATION, { opportunityId, pattern });
      router.push(
        `/arbeidsgiver?dager=${encodeURIComponent(opportunityId)}&nye=${addSlots.createdDates.length}&hoppet=${addSlots.skippedDates.length}`,
      );
      router.refresh();
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const relative = error.fieldErrors.map((item) => ({
          ...item,
          field: item.field.replace(/^pattern\./, ''),
        }));
        fail(apiFieldErrorMap(relative, locale, rules));
      } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        window.location.assign(`/logg-inn?neste=${encodeURIComponent(window.location.pathname)}`);
      } else if (error instanceof GraphQLRequestError && apiMessagesFit) {
        fail({}, [error.code === 'INTERNAL_SERVER_ERROR' ? genericError : error.message]);
      } else {
        fail({}, [genericError]);
      }
    }
  }

  const count = countDays(domain, values);
  const labels: Record<string, string> = {
    weekdays: t.weekdaysLegend,
    fromDate: t.from,
    toDate: t.to,
    startTime: t.startTime,
    endTime: t.endTime,
    capacity: t.capacity,
  };

  return (
    <form
      noValidate
      className="stack-lg"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => labels[field]}
        rank={(field) => ORDER.indexOf(field)}
        headingId="bulk-error-summary"
      />
      <CheckboxGroup
        path="weekdays"
        legend={t.weekdaysLegend}
        choices={weekdays}
        value={values.weekdays}
        onChange={(value) => {
          set('weekdays', value);
        }}
        error={errors.weekdays}
      />
      <div className="field-row">
        <TextField
          path="fromDate"
          label={t.from}
          type="date"
          min={today}
          value={values.fromDate}
          onChange={(value) => {
            set('fromDate', value);
          }}
          error={errors.fromDate}
        />
        <TextField
          path="toDate"
          label={t.to}
          type="date"
          min={values.fromDate || today}
          value={values.toDate}
          onChange={(value) => {
            set('toDate', value);
          }}
          error={errors.toDate}
        />
      </div>
      <div className="field-row">
        <TextField
          path="startTime"
          label={t.startTime}
          type="time"
          value={values.startTime}
          onChange={(value) => {
            set('startTime', value);
          }}
          error={errors.startTime}
        />
        <TextField
          path="endTime"
          label={t.endTime}
          type="time"
          value={values.endTime}
          onChange={(value) => {
            set('endTime', value);
          }}
          error={errors.endTime}
        />
        <TextField
          path="capacity"
          label={t.capacity}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={values.capacity}
          onChange={(value) => {
            set('capacity', value);
          }}
          error={errors.capacity}
        />
      </div>
      <p className="ds-paragraph" role="status" aria-live="polite" data-testid="pattern-count">
        {count === undefined ? '' : count === 1 ? t.previewOne : interpolate(t.preview, { count })}
      </p>
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={submitting || undefined}
        >
          {submitting ? t.saving : t.submit}
        </button>
        <Link className="ds-button" data-variant="tertiary" href="/arbeidsgiver">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
