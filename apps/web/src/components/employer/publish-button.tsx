'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { PUBLISH_OPPORTUNITY_MUTATION } from '@/lib/operations';

interface PublishButtonProps {
  id: string;
  title: string;
  /**
   * True when the UI speaks the API's language (Norwegian), so its field messages can be shown
   * as they are; otherwise a general message stands in for them.
   */
  apiMessagesFit: boolean;
  t: Pick<
    Dictionary['employer'],
    'publish' | 'publishAria' | 'publishing' | 'publishFailed' | 'notPublishable'
  >;
  genericError: string;
}

/** "Publiser" for one draft on the employer page; errors are shown right under the button. */
export function PublishButton({ id, title, apiMessagesFit, t, genericError }: PublishButtonProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = `publish-error-${id}`;

  async function publish() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(PUBLISH_OPPORTUNITY_MUTATION, { id });
      router.replace(`/arbeidsgiver?publisert=${encodeURIComponent(id)}`, { scroll: true });
      router.refresh();
    } catch (caught) {
      setBusy(false);
      setError(interpolate(t.publishFailed, { reason: reasonFor(caught) }));
    }
  }

  function reasonFor(caught: unknown): string {
    if (!(caught instanceof GraphQLRequestError)) return genericError;
    if (caught.code === 'NOT_PUBLISHABLE' || caught.code === 'OPPORTUNITY_NOT_PUBLISHABLE') {
      // The API's sentence covers every kind (a day ahead, a deadline not passed).
      return apiMessagesFit ? caught.message : t.notPublishable;
    }
    if (caught.fieldErrors.length > 0) {
      return apiMessagesFit
        ? caught.fieldErrors.map((item) => item.message).join(' ')
        : t.notPublishable;
    }
    return genericError;
  }

  return (
    <div>
      <Button
        type="button"
        data-size="sm"
        loading={busy}
        aria-label={busy ? t.publishing : interpolate(t.publishAria, { title })}
        aria-describedby={error ? errorId : undefined}
        onClick={() => void publish()}
      >
        {busy ? t.publishing : t.publish}
      </Button>
      {error ? (
        <ValidationMessage id={errorId} role="alert" data-testid="publish-error">
          {error}
        </ValidationMessage>
      ) : null}
    </div>
  );
}
