'use client';

import { useState, type SubmitEvent } from 'react';
import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PlainErrorSummary, TextField } from '../forms/plain-fields';
import { JOIN_COHORT_MUTATION } from '../identity/identity-operations';

/** A signed-in pupil joins their class with the code from the counsellor. */
export function JoinCohortForm({
  locale,
  t,
  errorSummaryTitle,
  genericError,
}: {
  locale: Locale;
  t: Dictionary['identity']['privacy'];
  errorSummaryTitle: string;
  genericError: string;
}) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    const domain = await tryLoadDomain();
    if (domain && !domain.isClassCode(code)) {
      setSubmitting(false);
      fail({
        classCode: domain.fieldErrorMessage(
          code.trim() === ''
            ? domain.FieldErrorCode.REQUIRED
            : domain.FieldErrorCode.UNKNOWN_CLASS_CODE,
          locale,
        ),
      });
      return;
    }
    try {
      await graphqlClient(JOIN_COHORT_MUTATION, { classCode: code.trim() });
      window.location.assign('/personvern');
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail(apiFieldErrorMap(error.fieldErrors, locale, domain));
      } else {
        fail({}, [genericError]);
      }
    }
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="class-heading"
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId="join-errors-heading"
        labelFor={(field) => (field === 'classCode' ? t.classCode : undefined)}
        rank={() => 0}
      />
      <TextField
        path="classCode"
        label={t.classCode}
        value={code}
        onChange={setCode}
        error={errors.classCode}
        autoComplete="off"
        maxLength={20}
      />
      <div className="form-actions">
        <button type="submit" className="ds-button" aria-busy={submitting || undefined}>
          {t.joinSubmit}
        </button>
      </div>
    </form>
  );
}
