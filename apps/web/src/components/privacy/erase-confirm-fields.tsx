'use client';

import { TextField } from '@/components/forms/plain-fields';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';

interface EraseConfirmTexts {
  eraseUnderstand: string;
  eraseConfirmLabel: string;
  eraseSubmit: string;
  eraseCancel: string;
}

/**
 * The two deliberate steps before an account is erased — a tick that says what happens, and the
 * word typed in — and the buttons; shared by the young person's own erasure and the guardian's.
 */
export function EraseConfirmFields({
  understood,
  onUnderstood,
  confirmation,
  onConfirmation,
  errors,
  busy,
  onCancel,
  t,
}: {
  understood: boolean;
  onUnderstood: (checked: boolean) => void;
  confirmation: string;
  onConfirmation: (value: string) => void;
  errors: FieldErrorMap;
  busy: boolean;
  onCancel: () => void;
  t: EraseConfirmTexts;
}) {
  const understoodId = fieldId('understood');
  return (
    <>
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
