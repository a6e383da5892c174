'use client';

import { useRouter } from 'next/navigation';
import { useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import {
  CREATE_CLASS_CODE_MUTATION,
  CREATE_COHORT_MUTATION,
  REVOKE_CLASS_CODE_MUTATION,
} from './identity-operations';

type Texts = Dictionary['identity']['classCodes'];

interface Common {
  locale: Locale;
  t: Texts;
  errorSummaryTitle: string;
  genericError: string;
}

function useFormState() {
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };
  const clear = () => {
    setErrors({});
    setFormErrors([]);
  };
  return { errors, formErrors, focusKey, submitting, setSubmitting, fail, clear };
}

/** A new class code for one cohort, valid for the days chosen (1–365). */
export function NewClassCodeForm({
  cohortId,
  cohortName,
  locale,
  t,
  errorSummaryTitle,
  genericError,
}: Common & { cohortId: string; cohortName: string }) {
  const router = useRouter();
  const form = useFormState();
  const [days, setDays] = useState('30');
  const [created, setCreated] = useState<string | null>(null);
  const prefix = `code-${cohortId}`;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.submitting) return;
    const validDays = Number(days.trim());
    const domain = await tryLoadDomain();
    if (!/^\d{1,3}$/.test(days.trim()) || validDays < 1 || validDays > 365) {
      form.fail({
        [`${prefix}.validDays`]: domain
          ? domain.fieldErrorMessage(domain.FieldErrorCode.OUT_OF_RANGE, locale, {
              min: 1,
              max: 365,
            })
          : t.validDaysDescription,
      });
      return;
    }
    form.setSubmitting(true);
    setCreated(null);
    try {
      const data = await graphqlClient(CREATE_CLASS_CODE_MUTATION, {
        input: { cohortId, validDays },
      });
      form.setSubmitting(false);
      form.clear();
      setCreated(data.createClassCode.code);
      router.refresh();
    } catch (error) {
      form.setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map = apiFieldErrorMap(error.fieldErrors, locale, domain);
        form.fail(
          Object.fromEntries(
            Object.entries(map).map(([field, message]) => [`${prefix}.${field}`, message]),
          ),
        );
      } else {
        form.fail({}, [genericError]);
      }
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-label={`${t.newCode}: ${cohortName}`}
      onSubmit={(event) => void submit(event)}
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={form.errors}
        formErrors={form.formErrors}
        focusKey={form.focusKey}
        headingId={`${prefix}-errors`}
        labelFor={() => t.validDays}
        rank={() => 0}
      />
      <div aria-live="polite">
        {created ? (
          <div className="ds-alert" data-color="success" data-testid="class-code-created">
            <p className="ds-paragraph">{interpolate(t.created, { code: created })}</p>
          </div>
        ) : null}
      </div>
      <TextField
        path={`${prefix}.validDays`}
        label={t.validDays}
        description={t.validDaysDescription}
        value={days}
        onChange={setDays}
        error={form.errors[`${prefix}.validDays`]}
        inputMode="numeric"
        maxLength={3}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={form.submitting || undefined}>
          {t.newCode}
        </button>
      </div>
    </form>
  );
}

/** Withdraws a class code at once (e.g. shared outside the class). */
export function RevokeClassCodeButton({
  id,
  code,
  t,
  genericError,
}: {
  id: string;
  code: string;
  t: Texts;
  genericError: string;
}) {
  const router = useRouter();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function revoke() {
    if (working) return;
    setWorking(true);
    setMessage(null);
    try {
      await graphqlClient(REVOKE_CLASS_CODE_MUTATION, { id });
      setMessage(interpolate(t.revokedNotice, { code }));
      router.refresh();
    } catch {
      setMessage(genericError);
    } finally {
      setWorking(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-size="sm"
        aria-busy={working || undefined}
        onClick={() => void revoke()}
      >
        {interpolate(t.revoke, { code })}
      </button>
      <span aria-live="polite" className="ds-paragraph" data-size="sm">
        {message}
      </span>
    </>
  );
}

const COHORT_FIELDS = ['name', 'schoolYear'];

/** A new cohort (class) at the counsellor's school. */
export function NewCohortForm({
  locale,
  t,
  errorSummaryTitle,
  genericError,
  defaultSchoolYear,
}: Common & { defaultSchoolYear: string }) {
  const router = useRouter();
  const form = useFormState();
  const [name, setName] = useState('');
  const [schoolYear, setSchoolYear] = useState(defaultSchoolYear);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.submitting) return;
    const domain = await tryLoadDomain();
    if (domain) {
      const problems: FieldErrorMap = {};
      if (name.trim() === '') {
        problems.name = domain.fieldErrorMessage(domain.FieldErrorCode.REQUIRED, locale);
      }
      if (!domain.isSchoolYear(schoolYear.trim())) {
        problems.schoolYear = t.schoolYearInvalid;
      }
      if (Object.keys(problems).length > 0) {
        form.fail(problems);
        return;
      }
    }
    form.setSubmitting(true);
    setCreated(null);
    try {
      const data = await graphqlClient(CREATE_COHORT_MUTATION, {
        input: { name: name.trim(), schoolYear: schoolYear.trim() },
      });
      form.setSubmitting(false);
      form.clear();
      setCreated(data.createCohort.name);
      setName('');
      router.refresh();
    } catch (error) {
      form.setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map = apiFieldErrorMap(error.fieldErrors, locale, domain);
        // The API's date message does not fit a school year.
        if ('schoolYear' in map) map.schoolYear = t.schoolYearInvalid;
        form.fail(map);
      } else if (error instanceof GraphQLRequestError && error.code === 'COHORT_EXISTS') {
        form.fail({ name: t.cohortExists });
      } else {
        form.fail({}, [genericError]);
      }
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="new-cohort-heading"
      onSubmit={(event) => void submit(event)}
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={form.errors}
        formErrors={form.formErrors}
        focusKey={form.focusKey}
        headingId="new-cohort-errors"
        labelFor={(field) =>
          field === 'name' ? t.cohortName : field === 'schoolYear' ? t.schoolYear : undefined
        }
        rank={(field) => COHORT_FIELDS.indexOf(field)}
      />
      <div aria-live="polite">
        {created ? (
          <div className="ds-alert" data-color="success">
            <p className="ds-paragraph">{interpolate(t.cohortCreated, { name: created })}</p>
          </div>
        ) : null}
      </div>
      <TextField
        path="name"
        label={t.cohortName}
        description={t.cohortNameDescription}
        value={name}
        onChange={setName}
        error={form.errors.name}
        maxLength={60}
        autoComplete="off"
      />
      <TextField
        path="schoolYear"
        label={t.schoolYear}
        description={t.schoolYearDescription}
        value={schoolYear}
        onChange={setSchoolYear}
        error={form.errors.schoolYear}
        maxLength={7}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={form.submitting || undefined}>
          {t.createCohort}
        </button>
      </div>
    </form>
  );
}
