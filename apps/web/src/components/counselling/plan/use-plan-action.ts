'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import type { FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError } from '@/lib/graphql';

/**
 * The life of one plan form: busy while sending, the API's field errors by field (list fields
 * such as `interests.3` shown once on the list), a message for other refusals, and a fresh render
 * of the page's server data after a change. What was typed stays in the form's own state.
 */
export function usePlanAction(t: Dictionary['plan']) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [done, setDone] = useState(false);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setDone(false);
    try {
      await action();
      setErrors({});
      setFormErrors([]);
      setDone(true);
      router.refresh();
      return true;
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        window.location.assign(`/logg-inn?neste=${encodeURIComponent(window.location.pathname)}`);
        return false;
      }
      const map: FieldErrorMap = {};
      if (error instanceof GraphQLRequestError) {
        for (const { field, message } of error.fieldErrors) {
          const key = field.replace(/\.\d+$/, '');
          map[key] ??= message;
        }
      }
      setErrors(map);
      setFormErrors(
        Object.keys(map).length > 0
          ? []
          : [
              error instanceof GraphQLRequestError && error.code === 'NOT_FOUND'
                ? t.notFoundError
                : t.genericError,
            ],
      );
      setFocusKey((key) => key + 1);
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Forget one field's error once it is being edited. */
  function clear(field: string) {
    setErrors(({ [field]: _gone, ...rest }) => rest);
    setDone(false);
  }

  return { busy, errors, formErrors, focusKey, done, run, clear };
}
