'use client';

import { useId, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button, Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { graphqlClient, GraphQLRequestError } from '@/lib/graphql';
import { SET_GUARDIAN_EMAIL_MUTATION } from './school-operations';

type Texts = Dictionary['schoolBookings'];

function errorText(error: unknown, t: Texts): string {
  if (error instanceof GraphQLRequestError) {
    const field = error.fieldErrors.at(0);
    if (field) return field.message;
    const byCode: Partial<Record<string, string>> = t.errors;
    return byCode[error.code] ?? t.errors.generic;
  }
  return t.errors.generic;
}

/** The school records a pupil's guardian e-mail; unanswered consent requests then go to it. */
export function GuardianEmailForm({
  youthId,
  name,
  current,
  t,
}: {
  youthId: string;
  name: string;
  current: string | null;
  t: Texts;
}) {
  const router = useRouter();
  const id = useId();
  const [email, setEmail] = useState(current ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await graphqlClient(SET_GUARDIAN_EMAIL_MUTATION, { input: { youthId, email } });
      setSaved(true);
      router.refresh();
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <Field>
        <Label htmlFor={`${id}-email`}>{interpolate(t.guardianLabel, { name })}</Label>
        <p className="ds-paragraph" data-size="sm" id={`${id}-help`}>
          {t.guardianHelp}
        </p>
        <Input
          id={`${id}-email`}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
          aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
          aria-invalid={error ? true : undefined}
          data-testid="guardian-email"
        />
        {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      </Field>
      <div>
        <Button type="submit" variant="secondary" data-size="sm" aria-disabled={busy || undefined}>
          {busy ? t.guardianSaving : t.guardianSave}
        </Button>
      </div>
      <p className="ds-paragraph" data-size="sm" role="status">
        {saved ? t.guardianSaved : ''}
      </p>
    </form>
  );
}
