'use client';

import { PlainErrorSummary, TextField } from '@/components/forms/plain-fields';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';

interface EraseConfirmTexts {
  eraseUnderstand: string;
  eraseConfirmLabel: string;
  eraseSubmit: string;
  eraseCancel: string;
  eraseNotUnderstood: string;
  eraseWrongWord: string;
}

const CONFIRMATION_WORD = 'SLETT';
const FIELD_ORDER = ['understood', 'confirmation'];

/** What stops an erasure before anything is sent: the box not ticked, or the word not typed. */
export function eraseConfirmProblems(
  understood: boolean,
  confirmation: string,
  t: EraseConfirmTexts,
): FieldErrorMap {
  const problems: FieldErrorMap = {};
  if (!understood) problems.understood = t.eraseNotUnderstood;
  if (confirmation.trim().toUpperCase() !== CONFIRMATION_WORD) {
    problems.confirmation = t.eraseWrongWord;
  }
  return problems;
}

/**
 * The two deliberate steps before an account is erased — a tick that says what happens, and the
 * word typed in — with their error summary and the buttons; shared by the young person's own
 * erasure and the guardian's.
 */
export function EraseConfirmFields({
  understood,
  onUnderstood,
  confirmation,
  onConfirmation,
  errors,
  formErrors = [],
  errorSummaryTitle,
  errorSummaryId,
  focusKey,
  busy,
  onCancel,
  t,
}: {
  understood: boolean;
  onUnderstood: (checked: boolean) => void;
  confirmation: string;
  onConfirmation: (value: string) => void;
  errors: FieldErrorMap;
  formErrors?: readonly string[];
  errorSummaryTitle: string;
  errorSummaryId: string;
  /** Bumped on every refused submit, so the summary takes the focus again. */
  focusKey: number;
  busy: boolean;
  onCancel: () => void;
  t: EraseConfirmTexts;
}) {
  const understoodId = fieldId('understood');
  return (
    <>
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        headingId={errorSummaryId}
        labelFor={(field) =>
          field === 'understood'
            ? t.eraseUnderstand
            : field === 'confirmation'
              ? t.eraseConfirmLabel
              : undefined
        }
        rank={(field) => FIELD_ORDER.indexOf(field)}
      />
      <div className="ds-field" data-position="start">
        <input
          className="ds-input"
          type="checkbox"
          id={understoodId}
          name="understood"
          checked={understood}
          aria-invalid={errors.understood ? true : undefined}
          aria-describedby={errors.understood ? `${understoodId}-error` : undefined}
          onChange={(event) => {
            onUnderstood(event.target.checked);
          }}
        />
        <label className="ds-label" data-weight="regular" htmlFor={understoodId}>
          {t.eraseUnderstand}
        </label>
        {errors.understood ? (
          <p className="ds-validation-message" data-field="validation" id={`${understoodId}-error`}>
            {errors.understood}
          </p>
        ) : null}
      </div>
      <TextField
        path="confirmation"
        label={t.eraseConfirmLabel}
        value={confirmation}
        onChange={onConfirmation}
        error={errors.confirmation}
        autoComplete="off"
        maxLength={20}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-color="danger"
          aria-busy={busy || undefined}
        >
          {t.eraseSubmit}
        </button>
        <button type="button" className="ds-button" data-variant="tertiary" onClick={onCancel}>
          {t.eraseCancel}
        </button>
      </div>
    </>
  );
}
