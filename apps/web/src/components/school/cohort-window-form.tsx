'use client';

import { useRouter } from 'next/navigation';
import { useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import {
  SET_COHORT_BOOKING_WINDOW_MUTATION,
  type BookingWindow,
} from './school-booking-operations';

interface CohortWindowFormProps {
  cohortId: string;
  cohortName: string;
  window: BookingWindow;
  locale: Locale;
  t: Dictionary['schoolBooking'];
  errorSummaryTitle: string;
  genericError: string;
}

/**
 * The school counsellor's booking window for one cohort: two optional dates. The browser checks
 * the order first (the API checks it again), and the API's field errors land next to the fields;
 * what was typed stays.
 */
export function CohortWindowForm({
  cohortId,
  cohortName,
  window,
  locale,
  t,
  errorSummaryTitle,
  genericError,
}: CohortWindowFormProps) {
  const router = useRouter();
  const [opensOn, setOpensOn] = useState(window.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(window.closesOn ?? '');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const prefix = `window-${cohortId}`;
  const labels: Record<string, string> = {
    [`${prefix}.opensOn`]: t.opensOn,
    [`${prefix}.closesOn`]: t.closesOn,
  };

  function fail(fieldErrors: FieldErrorMap, messages: string[] = []) {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSaved(false);
    const opens = opensOn.trim() || null;
    const closes = closesOn.trim() || null;
    if (opens && closes && closes < opens) {
      fail({ [`${prefix}.closesOn`]: t.windowClosesBeforeOpens });
      return;
    }
    setSubmitting(true);
    try {
      await graphqlClient(SET_COHORT_BOOKING_WINDOW_MUTATION, {
        input: { cohortId, opensOn: opens, closesOn: closes },
      });
      setErrors({});
      setFormErrors([]);
      setSaved(true);
      router.refresh();
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map = apiFieldErrorMap(error.fieldErrors, locale, await tryLoadDomain());
        fail(
          Object.fromEntries(
            Object.entries(map).map(([field, message]) => [`${prefix}.${field}`, message]),
          ),
        );
      } else {
        fail({}, [genericError]);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-label={t.windowHeading.replace('{name}', cohortName)}
      onSubmit={(event) => void submit(event)}
      data-testid="cohort-window-form"
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId={`${prefix}-errors`}
        labelFor={(field) => labels[field]}
        rank={(field) => (field.endsWith('opensOn') ? 0 : 1)}
      />
      <div aria-live="polite">
        {saved ? (
          <div className="ds-alert" data-color="success" data-testid="cohort-window-saved">
            <p className="ds-paragraph">{t.windowSaved}</p>
          </div>
        ) : null}
      </div>
      <TextField
        path={`${prefix}.opensOn`}
        label={t.opensOn}
        description={t.windowFieldHint}
        type="date"
        value={opensOn}
        onChange={setOpensOn}
        error={errors[`${prefix}.opensOn`]}
      />
      <TextField
        path={`${prefix}.closesOn`}
        label={t.closesOn}
        description={t.windowFieldHint}
        type="date"
        min={opensOn || undefined}
        value={closesOn}
        onChange={setClosesOn}
        error={errors[`${prefix}.closesOn`]}
      />
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={submitting || undefined}>
          {t.saveWindow}
        </button>
      </div>
    </form>
  );
}
