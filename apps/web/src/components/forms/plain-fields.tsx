'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';

/*
 * Form fields in plain Designsystemet markup (CSS classes), not its React components, for the
 * islands of issue 5's routes: they must not change how the components already shared by other
 * routes are chunked (/arbeidsgiver/ny sits right under the 150 kB first-load budget). Each field
 * ties its label, description and error message to the control itself (`for`, `aria-describedby`,
 * `aria-invalid`), so nothing depends on a script to be announced right.
 */

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

interface TextFieldProps {
  /** Dotted field path (`address.street`); the control's id is `fieldId(path)`. */
  path: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'time' | 'number' | 'email';
  inputMode?: 'text' | 'numeric' | 'decimal';
  min?: string | number;
  max?: string | number;
  step?: string | number;
  maxLength?: number;
  autoComplete?: string;
  name?: string;
}

export function TextField({
  path,
  label,
  description,
  error,
  value,
  onChange,
  multiline = false,
  rows = 4,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const id = fieldId(path);
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name: rest.name ?? path,
    className: 'ds-input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(descriptionId, errorId),
  } as const;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          maxLength={rest.maxLength}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={rest.inputMode}
          min={rest.min}
          max={rest.max}
          step={rest.step}
          maxLength={rest.maxLength}
          autoComplete={rest.autoComplete}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface SelectFieldProps {
  path: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

export function SelectField({
  path,
  label,
  description,
  error,
  value,
  onChange,
  children,
}: SelectFieldProps) {
  const id = fieldId(path);
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      <select
        className="ds-input"
        id={id}
        name={path}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(descriptionId, errorId)}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {children}
      </select>
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface CheckboxChoice {
  code: string;
  label: string;
}

interface CheckboxGroupProps {
  path: string;
  legend: ReactNode;
  description?: string;
  error?: string;
  choices: readonly CheckboxChoice[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** A fieldset of checkboxes; the first box carries the field's id, for the error summary. */
export function CheckboxGroup({
  path,
  legend,
  description,
  error,
  choices,
  value,
  onChange,
}: CheckboxGroupProps) {
  const id = fieldId(path);
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="ds-fieldset" aria-describedby={describedBy(descriptionId, errorId)}>
      <legend className="ds-label">{legend}</legend>
      {description ? (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="check-grid">
        {choices.map((choice, index) => {
          const boxId = index === 0 ? id : `${id}-${choice.code}`;
          return (
            <div className="ds-field" data-position="start" key={choice.code}>
              <input
                className="ds-input"
                type="checkbox"
                id={boxId}
                name={path}
                value={choice.code}
                checked={value.includes(choice.code)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => {
                  const on = event.target.checked;
                  onChange(
                    on
                      ? [...new Set([...value, choice.code])]
                      : value.filter((code) => code !== choice.code),
                  );
                }}
              />
              <label className="ds-label" data-weight="regular" htmlFor={boxId}>
                {choice.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface PlainErrorSummaryProps {
  title: string;
  errors: FieldErrorMap;
  formErrors?: readonly string[];
  /** Bumped on every failed submit, so focus returns here even when it was already shown. */
  focusKey: number;
  labelFor: (field: string) => string | undefined;
  /** Position of a field in the form, so the summary lists problems in reading order. */
  rank: (field: string) => number;
  headingId: string;
}

/** Designsystemet's error summary in plain markup: a heading and one link per problem. */
export function PlainErrorSummary({
  title,
  errors,
  formErrors = [],
  focusKey,
  labelFor,
  rank,
  headingId,
}: PlainErrorSummaryProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  const entries = Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0 && formErrors.length === 0) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="ds-error-summary"
      aria-labelledby={headingId}
      data-testid="error-summary"
    >
      <h2 className="ds-heading" data-size="xs" id={headingId}>
        {title}
      </h2>
      <ul className="ds-list">
        {formErrors.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {entries.map(([field, message]) => {
          const target = fieldId(field);
          const label = labelFor(field);
          return (
            <li key={field}>
              <a
                className="ds-link"
                href={`#${target}`}
                onClick={(event) => {
                  const element = document.getElementById(target);
                  if (!element) return;
                  event.preventDefault();
                  element.focus();
                  element.scrollIntoView({ block: 'center' });
                }}
              >
                {label ? `${label}: ${message}` : message}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
