'use client';

import {
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { Dictionary } from '@/i18n/dictionary';
import type { BellController, BellChange } from '@/lib/live-notifications';
import type { BellItem, BellSnapshot, LiveEndpoint } from '@/lib/notifications';

interface NotificationBellProps {
  /** The server's first render; null when the API could not be asked (the bell asks itself). */
  initial: BellSnapshot | null;
  endpoint: LiveEndpoint;
  /** BCP 47 tag for the times of live notifications. */
  tag: string;
  /** `nb` when the page is in another language: the notification texts are always Norwegian. */
  textLang?: string;
  t: Dictionary['notifications'];
}

/**
 * "Varsler" in the header: a disclosure button with the unread count (a visible badge, and in
 * the accessible name: "Varsler, 2 uleste") and a panel with the latest notifications and
 * "Merk alle som lest". Count and list are server-rendered, so they show before JavaScript runs.
 *
 * This component only shows state; after hydration it loads lib/live-notifications with a
 * dynamic `import()` (socket.io-client and the logic stay out of first-load JavaScript), which
 * keeps it up to date, chooses what the polite live region announces, and tells the page which
 * kinds arrived (LiveRefresh). Opening moves focus into the panel; Esc closes it and puts focus
 * back on the button; clicking or tabbing outside closes it.
 */
export function NotificationBell({ initial, endpoint, tag, textLang, t }: NotificationBellProps) {
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(initial?.unread ?? 0);
  const [items, setItems] = useState<BellItem[]>(initial?.items ?? []);
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState(false);
  const controller = useRef<Promise<BellController | null> | null>(null);
  const busy = useRef(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;
  const titleId = `${id}-title`;
  const errorId = `${id}-error`;

  function announce(text: string) {
    // The same sentence twice in a row must still be read out: make the second one differ.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }

  const apply = useEffectEvent((change: BellChange) => {
    if (change.items) setItems(change.items);
    if (change.unread) setUnread(change.unread);
    if (change.announce) announce(change.announce);
  });
  const settings = useEffectEvent(() => ({ initial, tag, newMany: t.newMany }));

  const { url, port } = endpoint;
  useEffect(() => {
    let cancelled = false;
    const pending = import('@/lib/live-notifications').then(
      ({ startBell }) =>
        cancelled
          ? null
          : startBell({
              ...settings(),
              endpoint: { url, port },
              onChange: (change) => {
                apply(change);
              },
            }),
      (error: unknown) => {
        console.warn('[web] live notifications unavailable:', (error as Error).message);
        return null;
      },
    );
    controller.current = pending;
    return () => {
      cancelled = true;
      void pending.then((started) => started?.stop());
    };
  }, [url, port]);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !wrapRef.current?.contains(event.target)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (open && next instanceof Node && !wrapRef.current?.contains(next)) setOpen(false);
  }

  async function markAllRead() {
    if (busy.current) return;
    busy.current = true;
    setFailed(false);
    try {
      const started = await controller.current;
      if (!started) throw new Error('The notifications could not be loaded');
      await started.markAllRead();
      announce(t.markedAllRead);
    } catch {
      setFailed(true);
    } finally {
      busy.current = false;
    }
  }

  const name =
    unread === 0
      ? t.bell
      : unread === 1
        ? t.bellUnreadOne
        : t.bellUnreadMany.replace('{count}', String(unread));

  return (
    <div className="bell" ref={wrapRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="ds-button bell__button"
        data-variant="tertiary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={name}
        data-testid="notification-bell"
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6v-5a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        <span>{t.bell}</span>
        {/* A space between the words, so the visible text "Varsler 2" is part of the name. */}{' '}
        {unread > 0 ? (
          <span className="bell__badge" data-testid="notification-count">
            {unread}
          </span>
        ) : null}
      </button>
      <section
        ref={panelRef}
        id={panelId}
        className="bell__panel"
        hidden={!open}
        tabIndex={-1}
        aria-labelledby={titleId}
        data-testid="notification-panel"
      >
        <p id={titleId} className="ds-paragraph bell__title">
          {t.title}
        </p>
        {items.length === 0 ? (
          <p className="ds-paragraph" data-size="sm">
            {t.empty}
          </p>
        ) : (
          <>
            <ul className="bell__list">
              {items.map((item) => (
                <li
                  key={item.id}
                  className="bell__item ds-paragraph"
                  data-size="sm"
                  data-unread={item.read ? undefined : ''}
                  data-testid="notification"
                >
                  {item.read ? null : <span className="ds-sr-only">{t.unread}: </span>}
                  <span lang={textLang}>{item.text}</span>
                  <time className="bell__time" dateTime={item.createdAt}>
                    {item.time}
                  </time>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-size="sm"
              aria-describedby={failed ? errorId : undefined}
              onClick={() => void markAllRead()}
            >
              {t.markAllRead}
            </button>
            {failed ? (
              <p
                id={errorId}
                className="ds-validation-message"
                data-field="validation"
                role="alert"
              >
                {t.markFailed}
              </p>
            ) : null}
          </>
        )}
      </section>
      <div className="ds-sr-only" aria-live="polite" data-testid="notification-live">
        {announcement}
      </div>
    </div>
  );
}
