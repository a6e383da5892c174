import { io, type Socket } from 'socket.io-client';
import { interpolate } from '@/i18n/interpolate';
import type { AppNotification, NotificationKindName } from './api-types';
import { graphqlClient } from './graphql';
import { NOTIFICATION_EVENT } from './notification-event';
import { loadBellSnapshotWith } from './notification-snapshot';
import {
  compareIds,
  maxId,
  mergeItems,
  NOTIFICATION_PAGE,
  toBellItem,
  type BellItem,
  type BellSnapshot,
  type LiveEndpoint,
} from './notifications';
import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATIONS_QUERY } from './operations';

/**
 * The bell's logic: its live channel and its GraphQL calls. Loaded with a dynamic `import()` once
 * the bell has hydrated, so socket.io-client (≈13 kB gzip) and all of this stay out of every
 * page's first-load JavaScript; the bell itself (components/notifications) only shows state.
 */

interface ServerToClient {
  notification: (notification: AppNotification) => void;
}
interface ClientToServer {
  'catch-up': (body: { afterId: string | null }, ack: (missed: AppNotification[]) => void) => void;
}

const KINDS: readonly NotificationKindName[] = [
  'BOOKING_REQUESTED',
  'BOOKING_CONFIRMED',
  'BOOKING_DECLINED',
  'BOOKING_CANCELLED',
  'WAITLIST_PROMOTED',
  'APPLICATION_RECEIVED',
  'APPLICATION_STATUS_CHANGED',
  'APPLICATION_WITHDRAWN',
  'APPLICATION_ACCEPTED',
  'ALLOCATION_PUBLISHED',
  'INTAKE_ROUTED',
  'PLAN_CHANGED',
  'PROPOSAL_RECEIVED',
  'PROPOSAL_WITHDRAWN',
  'PROPOSAL_ANSWERED',
  'PROPOSAL_FOR_EMPLOYER',
  'PROPOSAL_EMPLOYER_ANSWERED',
  'PROPOSAL_PLACED',
  'FOLLOW_UP_REMINDER',
  'APPOINTMENT_BOOKED',
  'APPOINTMENT_CANCELLED',
  'APPOINTMENT_LATE',
];

function isNotification(value: unknown): value is AppNotification {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.id === 'string' &&
    /^\d{1,18}$/.test(candidate.id) &&
    typeof candidate.text === 'string' &&
    typeof candidate.createdAt === 'string' &&
    KINDS.includes(candidate.kind as NotificationKindName)
  );
}

/** The channel's address: the public URL, or the API's port on the host this page came from. */
function liveUrl(endpoint: LiveEndpoint): string {
  if (endpoint.url) return endpoint.url;
  const port = endpoint.port ? `:${endpoint.port}` : '';
  return `${window.location.protocol}//${window.location.hostname}${port}`;
}

interface LiveOptions {
  endpoint: LiveEndpoint;
  /** The newest id the page has seen; read on every (re)connect and between catch-up pages. */
  lastId: () => string | null;
  /** New notifications, oldest first (may repeat ones already seen: de-duplicate by id). */
  onNotifications: (notifications: AppNotification[]) => void;
}

/** Errors from the API's connection check that no retry can fix. */
const REFUSED = new Set(['UNAUTHENTICATED', 'FORBIDDEN_ORIGIN']);
const MAX_MANUAL_RETRIES = 6;

/**
 * Opens the live channel and returns a function that closes it. On every (re)connect the client
 * asks for everything after the last id it has (`catch-up`), so a dropped connection loses
 * nothing. A refused connection (no session, wrong origin) is not retried; a temporary refusal
 * (`TRY_AGAIN`) is retried a few times with a growing pause; a lost transport is retried by
 * socket.io itself.
 */
function connectLive(options: LiveOptions): () => void {
  const socket: Socket<ServerToClient, ClientToServer> = io(liveUrl(options.endpoint), {
    path: '/socket.io',
    transports: ['websocket'],
    withCredentials: true,
    reconnectionDelay: 2_000,
    reconnectionDelayMax: 30_000,
  });
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let closed = false;

  function deliver(list: unknown[]): void {
    const valid = list.filter(isNotification);
    if (valid.length > 0 && !closed) options.onNotifications(valid);
  }

  async function catchUp(): Promise<void> {
    for (let page = 0; page < 50 && socket.connected; page++) {
      const missed: unknown = await socket
        .timeout(10_000)
        .emitWithAck('catch-up', { afterId: options.lastId() });
      if (!Array.isArray(missed)) return;
      deliver(missed);
      if (missed.length < NOTIFICATION_PAGE) return;
    }
  }

  function startCatchUp(): void {
    catchUp().catch((error: unknown) => {
      // Nothing is lost: ask again in a moment while connected (and on every reconnect).
      console.warn('[web] notification catch-up failed:', (error as Error).message);
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => {
        if (socket.connected && !closed) startCatchUp();
      }, 5_000);
    });
  }

  socket.on('connect', () => {
    retries = 0;
    startCatchUp();
  });
  socket.on('notification', (notification) => {
    deliver([notification]);
  });
  socket.on('connect_error', (error) => {
    if (socket.active || closed) return; // a transport problem: socket.io tries again by itself
    if (REFUSED.has(error.message) || retries >= MAX_MANUAL_RETRIES) return;
    retries += 1;
    retryTimer = setTimeout(() => socket.connect(), Math.min(2_000 * 2 ** retries, 60_000));
  });

  return () => {
    closed = true;
    clearTimeout(retryTimer);
    socket.disconnect();
  };
}

/** A change for the bell's state: updaters, so changes made meanwhile are kept. */
export interface BellChange {
  items?: (current: BellItem[]) => BellItem[];
  unread?: (current: number) => number;
  /** A sentence for the polite live region. */
  announce?: string;
}

export interface BellOptions {
  endpoint: LiveEndpoint;
  /** The server's first render, or null when it could not ask the API (then this asks). */
  initial: BellSnapshot | null;
  /** BCP 47 tag for the times shown. */
  tag: string;
  /** "Du har {count} nye varsler. Det siste: {text}" */
  newMany: string;
  onChange: (change: BellChange) => void;
}

export interface BellController {
  /** Marks everything the page knows about as read; throws when the API says no. */
  markAllRead: () => Promise<void>;
  stop: () => void;
}

/**
 * Everything the bell does besides showing itself: de-duplicates by id, remembers the newest id
 * for catch-up, counts unread, chooses what to announce and tells the page (NOTIFICATION_EVENT)
 * which kinds arrived.
 */
export function startBell(options: BellOptions): BellController {
  const { tag, onChange } = options;
  let lastId = options.initial?.lastId ?? null;
  const seen = new Set(options.initial?.items.map((item) => item.id));
  /** Unread notifications that arrived while "Merk alle som lest" was on its way. */
  let arrivedWhileMarking = 0;
  let stopLive: (() => void) | undefined;
  let stopped = false;

  function receive(list: AppNotification[]): void {
    const fresh = list.filter((notification) => !seen.has(notification.id));
    if (fresh.length === 0) return;
    for (const notification of fresh) {
      seen.add(notification.id);
      lastId = maxId(lastId, notification.id);
    }
    const freshUnread = fresh.filter((item) => !item.readAt).length;
    arrivedWhileMarking += freshUnread;
    const newest = fresh.reduce((a, b) => (compareIds(a.id, b.id) >= 0 ? a : b));
    onChange({
      items: (current) =>
        mergeItems(
          current,
          fresh.map((item) => toBellItem(item, tag)),
        ),
      unread: (count) => count + freshUnread,
      announce:
        fresh.length === 1
          ? newest.text
          : interpolate(options.newMany, { count: fresh.length, text: newest.text }),
    });
    window.dispatchEvent(
      new CustomEvent(NOTIFICATION_EVENT, { detail: fresh.map((item) => item.kind) }),
    );
  }

  async function start(): Promise<void> {
    if (!options.initial) {
      // Without a known starting point, catching up would count old notifications as new.
      const snapshot = await loadSnapshot(tag);
      lastId = snapshot.lastId;
      for (const item of snapshot.items) seen.add(item.id);
      onChange({ items: () => snapshot.items, unread: () => snapshot.unread });
    }
    if (stopped) return;
    stopLive = connectLive({
      endpoint: options.endpoint,
      lastId: () => lastId,
      onNotifications: receive,
    });
  }
  start().catch((error: unknown) => {
    console.warn('[web] notifications unavailable:', (error as Error).message);
  });

  return {
    async markAllRead() {
      const upTo = lastId;
      if (!upTo) return;
      arrivedWhileMarking = 0;
      await graphqlClient(MARK_NOTIFICATIONS_READ_MUTATION, { upToId: upTo });
      onChange({
        items: (current) =>
          current.map((item) => (compareIds(item.id, upTo) <= 0 ? { ...item, read: true } : item)),
        // `upTo` was the newest id known: only what arrived since is still unread.
        unread: () => arrivedWhileMarking,
      });
    },
    stop() {
      stopped = true;
      stopLive?.();
    },
  };
}

/** The same as the server's first render, for when the API could not be asked then. */
function loadSnapshot(tag: string): Promise<BellSnapshot> {
  return loadBellSnapshotWith((afterId) => graphqlClient(NOTIFICATIONS_QUERY, { afterId }), tag);
}
