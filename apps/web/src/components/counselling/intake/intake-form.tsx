'use client';

import { useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import {
  CheckboxGroup,
  PlainErrorSummary,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { REQUEST_COORDINATOR_MUTATION, type IntakeInputValue } from './intake-operations';

/** One screening question as the page hands it over: labels already in the visitor's language. */
export interface IntakeQuestionView {
  field: keyof IntakeInputValue;
  kind: 'SINGLE' | 'MULTIPLE' | 'TEXT';
  label: string;
  hint: string;
  options: CheckboxChoice[];
  maxLength?: number;
}

interface IntakeFormProps {
  questions: IntakeQuestionView[];
  t: Dictionary['intake'];
}

const EMPTY: IntakeInputValue = {
  followUpNeed: '',
  timeOutside: '',
  helpWanted: [],
  currentSituation: '',
  whatMatters: '',
};

/**
 * The five questions of "en dør inn". The API checks the answers (the shared rule in
 * libs/domain) and answers field by field; nothing typed is lost on an error.
 */
export function IntakeForm({ questions, t }: IntakeFormProps) {
  const router = useRouter();
  const [value, setValue] = useState<IntakeInputValue>(EMPTY);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const order = questions.map((question) => question.field as string);

  const change = <K extends keyof IntakeInputValue>(field: K, next: IntakeInputValue[K]) => {
    setValue((current) => ({ ...current, [field]: next }));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => key.split('.')[0] !== field)),
    );
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await graphqlClient(REQUEST_COORDINATOR_MUTATION, {
        input: { ...value, whatMatters: value.whatMatters.trim() },
      });
      router.refresh();
    } catch (error) {
      setBusy(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map: FieldErrorMap = {};
        for (const fieldError of error.fieldErrors) {
          const key = fieldError.field.split('.')[0] ?? fieldError.field;
          map[key] ??= fieldError.message;
        }
        setErrors(map);
        setFormErrors([]);
      } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        window.location.assign(`/logg-inn?neste=${encodeURIComponent('/en-dor-inn')}`);
        return;
      } else {
        setErrors({});
        setFormErrors([
          error instanceof GraphQLRequestError && error.code.startsWith('INTAKE_')
            ? error.message
            : t.genericError,
        ]);
      }
      setFocusKey((key) => key + 1);
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="intake-form-heading"
      onSubmit={(event) => void submit(event)}
      data-testid="intake-form"
    >
      <h2 className="ds-heading" data-size="sm" id="intake-form-heading">
        {t.formHeading}
      </h2>
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => questions.find((question) => question.field === field)?.label}
        rank={(field) => order.indexOf(field)}
        headingId="intake-error-summary"
      />
      {questions.map((question, index) => {
        const legend = `${index + 1}. ${question.label}`;
        if (question.kind === 'TEXT') {
          return (
            <TextField
              key={question.field}
              path={question.field}
              label={legend}
              description={question.hint}
              multiline
              rows={4}
              maxLength={question.maxLength}
              value={value.whatMatters}
              onChange={(next) => {
                change('whatMatters', next);
              }}
              error={errors[question.field]}
            />
          );
        }
        if (question.kind === 'MULTIPLE') {
          return (
            <CheckboxGroup
              key={question.field}
              path={question.field}
              legend={legend}
              description={question.hint}
              choices={question.options}
              value={value.helpWanted}
              onChange={(next) => {
                change('helpWanted', next);
              }}
              error={errors[question.field]}
            />
          );
        }
        const field = question.field as 'followUpNeed' | 'timeOutside' | 'currentSituation';
        return (
          <RadioGroup
            key={question.field}
            path={field}
            legend={legend}
            description={question.hint}
            choices={question.options}
            value={value[field]}
            onChange={(next) => {
              change(field, next);
            }}
            error={errors[field]}
          />
        );
      })}
      <div>
        <button className="ds-button" data-variant="primary" type="submit" aria-disabled={busy}>
          {busy ? t.sending : t.send}
        </button>
      </div>
    </form>
  );
}

/** One choice of several, in plain Designsystemet markup; the first radio carries the field id. */
function RadioGroup({
  path,
  legend,
  description,
  choices,
  value,
  onChange,
  error,
}: {
  path: string;
  legend: string;
  description: string;
  choices: readonly CheckboxChoice[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const id = fieldId(path);
  const describedBy = [`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="ds-fieldset" aria-describedby={describedBy}>
      <legend className="ds-label">{legend}</legend>
      <div data-field="description" id={`${id}-description`}>
        {description}
      </div>
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {choices.map((choice, index) => {
        const radioId = index === 0 ? id : `${id}-${choice.code}`;
        return (
          <div className="ds-field" data-position="start" key={choice.code}>
            <input
              className="ds-input"
              type="radio"
              id={radioId}
              name={path}
              value={choice.code}
              checked={value === choice.code}
              aria-invalid={error ? true : undefined}
              onChange={() => {
                onChange(choice.code);
              }}
            />
            <label className="ds-label" data-weight="regular" htmlFor={radioId}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
