'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import type { NotificationKindName } from '@/lib/api-types';
import { NOTIFICATION_EVENT } from '@/lib/notification-event';

/**
 * Refreshes the page's server data (no reload, client state and focus kept) when the bell
 * receives a notification of one of `kinds`: a new booking on /arbeidsgiver, an answer on
 * /mine-dager. Several at once (a catch-up after a reconnect) make one refresh.
 */
export function LiveRefresh({ kinds }: { kinds: readonly NotificationKindName[] }) {
  const router = useRouter();
  const wanted = kinds.join(' ');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    function onNotifications(event: Event) {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      const names = wanted.split(' ');
      if (!Array.isArray(detail)) return;
      if (!(detail as unknown[]).some((kind) => typeof kind === 'string' && names.includes(kind)))
        return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        router.refresh();
      }, 100);
    }
    window.addEventListener(NOTIFICATION_EVENT, onNotifications);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(NOTIFICATION_EVENT, onNotifications);
    };
  }, [router, wanted]);
  return null;
}
