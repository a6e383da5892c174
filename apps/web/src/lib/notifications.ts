import type { AppNotification, NotificationKindName } from './api-types';

/**
 * Shared by the server (first render of the bell) and the browser (the bell and its live
 * channel). No imports that pull in the domain package or the dictionaries: this is in every
 * signed-in page's first-load JavaScript.
 */

/** How many of the latest notifications the bell lists. */
export const BELL_LIMIT = 20;

/** The API's page size for `myNotifications` and `catch-up`: a full page means there may be more. */
export const NOTIFICATION_PAGE = 200;

/** A notification as the bell shows it: the time is formatted where it was received. */
export interface BellItem {
  id: string;
  kind: NotificationKindName;
  text: string;
  createdAt: string;
  time: string;
  read: boolean;
}

/** What the server hands the bell: null items/lastId when the API could not be asked. */
export interface BellSnapshot {
  unread: number;
  items: BellItem[];
  /** The newest id the page knows about; the live channel catches up from here. */
  lastId: string | null;
}

/** Where the browser opens the live channel: a full public URL, or the API's port on the page's host. */
export interface LiveEndpoint {
  url?: string;
  port?: string;
}

/** Ids are increasing bigints as decimal strings: compare by length, then text. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function maxId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

/** "3. mars 14:05" in Oslo time, in the page's language (a BCP 47 tag). */
export function formatNotificationTime(iso: string, tag: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(date);
}

export function toBellItem(notification: AppNotification, tag: string): BellItem {
  return {
    id: notification.id,
    kind: notification.kind,
    text: notification.text,
    createdAt: notification.createdAt,
    time: formatNotificationTime(notification.createdAt, tag),
    read: Boolean(notification.readAt),
  };
}

/** Newest first, no duplicates, at most BELL_LIMIT. */
export function mergeItems(
  current: readonly BellItem[],
  incoming: readonly BellItem[],
): BellItem[] {
  const byId = new Map<string, BellItem>();
  for (const item of [...current, ...incoming]) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => compareIds(b.id, a.id)).slice(0, BELL_LIMIT);
}
