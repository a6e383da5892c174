'use client';

import { useEffect, useRef, type ComponentRef, type MouseEvent } from 'react';
import { ErrorSummary } from '@digdir/designsystemet-react';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';

interface FormErrorSummaryProps {
  title: string;
  errors: FieldErrorMap;
  /** Messages that belong to no single field (e.g. the API could not be reached). */
  formErrors?: string[];
  /** Bumped on every failed submit, so focus returns here even when the summary was already shown. */
  focusKey: number;
  /** Maps a field path to the id of the element to jump to, when it is not `fieldId(path)`. */
  targetId?: (field: string) => string;
  /** The field's label, so each summary line says which field it is about. */
  labelFor?: (field: string) => string | undefined;
  /** Position of a field in the form, so the summary lists problems in reading order. */
  rank?: (field: string) => number;
}

function summaryLine(label: string | undefined, message: string): string {
  return label ? `${label}: ${message}` : message;
}

/** Moves focus into the field itself; following a fragment link alone only scrolls. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * Designsystemet's error summary: a heading and one link per problem, each jumping to its
 * field. Takes focus after every failed submit so screen-reader and keyboard users land on it.
 */
export function FormErrorSummary({
  title,
  errors,
  formErrors = [],
  focusKey,
  targetId = fieldId,
  labelFor = () => undefined,
  rank = () => 0,
}: FormErrorSummaryProps) {
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const entries = Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
  const visible = entries.length > 0 || formErrors.length > 0;

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (!visible) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1} data-testid="error-summary">
      <ErrorSummary.Heading level={2} data-size="xs">
        {title}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {formErrors.map((message) => (
          <ErrorSummary.Item key={message}>{message}</ErrorSummary.Item>
        ))}
        {entries.map(([field, message]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link
              href={`#${targetId(field)}`}
              onClick={(event) => {
                jumpTo(event, targetId(field));
              }}
            >
              {summaryLine(labelFor(field), message)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
