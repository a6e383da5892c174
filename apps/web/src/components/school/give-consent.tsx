'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import { GIVE_GUARDIAN_CONSENT_MUTATION } from './school-operations';

type Texts = Dictionary['guardianConsent'];

/**
 * The guardian's one button. The link is used only when it is pressed (a mail scanner opening the
 * page uses nothing); the answer replaces the button and takes focus.
 */
export function GiveConsent({ token, t }: { token: string; t: Texts }) {
  const [state, setState] = useState<'idle' | 'busy' | 'given' | 'invalid' | 'error'>('idle');
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state === 'given' || state === 'invalid') resultRef.current?.focus();
  }, [state]);

  async function give() {
    if (state === 'busy') return;
    setState('busy');
    try {
      const data = await graphqlClient(GIVE_GUARDIAN_CONSENT_MUTATION, { token });
      setState(data.giveGuardianConsent?.given ? 'given' : 'invalid');
    } catch {
      setState('error');
    }
  }

  if (state === 'given' || state === 'invalid') {
    const given = state === 'given';
    return (
      <div
        className="ds-alert"
        data-color={given ? 'success' : 'warning'}
        ref={resultRef}
        tabIndex={-1}
        data-testid="consent-result"
      >
        <h2 className="ds-heading" data-size="xs">
          {given ? t.givenTitle : t.invalidTitle}
        </h2>
        <p className="ds-paragraph">{given ? t.givenBody : t.invalidBody}</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <div>
        <Button
          type="button"
          onClick={() => void give()}
          aria-disabled={state === 'busy' || undefined}
          data-testid="give-consent"
        >
          {state === 'busy' ? t.giving : t.give}
        </Button>
      </div>
      <p className="ds-paragraph" role="status">
        {state === 'error' ? t.error : ''}
      </p>
    </div>
  );
}
