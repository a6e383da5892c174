'use client';

import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import { RESEND_GUARDIAN_CONSENT_MUTATION } from './school-operations';

/** "Send the link again" for a booking still waiting for a guardian's consent. */
export function ResendConsent({
  bookingId,
  t,
}: {
  bookingId: string;
  t: Dictionary['schoolBookings'];
}) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  async function resend() {
    if (busy) return;
    setBusy(true);
    setNotice('');
    try {
      const data = await graphqlClient(RESEND_GUARDIAN_CONSENT_MUTATION, { bookingId });
      setNotice(data.resendGuardianConsent > 0 ? t.resent : t.resentNone);
    } catch {
      setNotice(t.errors.generic);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={() => void resend()}
          aria-disabled={busy || undefined}
        >
          {busy ? t.resending : t.resend}
        </Button>
      </div>
      <p className="ds-paragraph" data-size="sm" role="status">
        {notice}
      </p>
    </div>
  );
}
