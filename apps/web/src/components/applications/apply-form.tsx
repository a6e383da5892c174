'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Locale } from '@akselerator/domain';
import {
  CheckboxGroup,
  PlainErrorSummary,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import type { ApplicationSharedFieldName } from '@/lib/api-types';
import { APPLY_MUTATION } from '@/lib/application-operations';
import { bookingErrorText } from '@/lib/booking-errors';
import { loadDomain, tryLoadDomain } from '@/lib/domain-client';
import { apiFieldErrorMap, toErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';

interface ApplyFormProps {
  opportunityId: string;
  /** The profile fields a youth may share, labelled in their language. */
  shareChoices: CheckboxChoice[];
  locale: Locale;
  t: Dictionary['applying'];
  errors: Dictionary['applicationErrors'];
  /** True when the UI speaks the API's language (Norwegian): its messages fit as they are. */
  apiMessagesFit: boolean;
}

const ORDER = ['motivation', 'sharedFields'];

/**
 * Applying to a lærlingplass or an enkel jobb: a short motivation and the profile fields to share
 * (nothing is shared unless ticked). Checked with the shared rule before sending; a refusal (the
 * deadline passed, the places filled, applied already) is said in words, and the text stays.
 */
export function ApplyForm({
  opportunityId,
  shareChoices,
  locale,
  t,
  errors: errorTexts,
  apiMessagesFit,
}: ApplyFormProps) {
  const router = useRouter();
  const [motivation, setMotivation] = useState('');
  const [shared, setShared] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadDomain().catch(() => undefined);
  }, []);

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const domain = await tryLoadDomain();
    const problems = domain
      ? domain.validateApplicationDraft({ motivation, sharedFields: shared }, locale)
      : [];
    if (problems.length > 0) {
      setBusy(false);
      fail(toErrorMap(problems));
      return;
    }
    try {
      await graphqlClient(APPLY_MUTATION, {
        input: {
          opportunityId,
          motivation: motivation.trim(),
          sharedFields: shared as ApplicationSharedFieldName[],
        },
      });
      router.replace(`/muligheter/${encodeURIComponent(opportunityId)}?sendt=1`, {
        scroll: false,
      });
      router.refresh();
    } catch (error) {
      setBusy(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const raw = apiFieldErrorMap(error.fieldErrors, locale, domain);
        // One place in the form for the list of shared fields.
        const map: FieldErrorMap = {};
        for (const [field, message] of Object.entries(raw)) {
          const key = field.startsWith('sharedFields') ? 'sharedFields' : field;
          if (!(key in map)) map[key] = message;
        }
        fail(map);
      } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        window.location.assign(`/logg-inn?neste=${encodeURIComponent(window.location.pathname)}`);
      } else {
        const { generic, ...byCode } = errorTexts;
        fail({}, [bookingErrorText(error, { apiMessagesFit, byCode, generic })]);
      }
    }
  }

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="apply-heading"
      onSubmit={(event) => void submit(event)}
      data-testid="apply-form"
    >
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) =>
          field === 'motivation'
            ? t.motivation
            : field === 'sharedFields'
              ? t.shareLegend
              : undefined
        }
        rank={(field) => ORDER.indexOf(field)}
        headingId="apply-error-summary"
      />
      <TextField
        path="motivation"
        label={t.motivation}
        description={t.motivationDescription}
        multiline
        rows={5}
        maxLength={1000}
        value={motivation}
        onChange={(value) => {
          setMotivation(value);
          setErrors(({ motivation: _gone, ...rest }) => rest);
        }}
        error={errors.motivation}
      />
      <CheckboxGroup
        path="sharedFields"
        legend={t.shareLegend}
        description={t.shareDescription}
        choices={shareChoices}
        value={shared}
        onChange={(value) => {
          setShared(value);
          setErrors(({ sharedFields: _gone, ...rest }) => rest);
        }}
        error={errors.sharedFields}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={busy || undefined}
        >
          {busy ? t.sending : t.submit}
        </button>
      </div>
    </form>
  );
}
