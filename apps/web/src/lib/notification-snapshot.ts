import type { AppNotification } from './api-types';
import { BELL_LIMIT, NOTIFICATION_PAGE, toBellItem, type BellSnapshot } from './notifications';
import type { NotificationsData } from './operations';

/** 50 pages of 200: far more than anyone gets, and a bound so a bug can never loop. */
const MAX_PAGES = 50;

/**
 * The unread count and the latest notifications. `myNotifications` lists oldest first in pages
 * of 200, so the pages are walked and only the newest BELL_LIMIT are kept. Used by the server's
 * first render and, if that could not reach the API, by the bell in the browser.
 */
export async function loadBellSnapshotWith(
  fetchPage: (afterId: string | null) => Promise<NotificationsData>,
  tag: string,
): Promise<BellSnapshot> {
  let afterId: string | null = null;
  let latest: AppNotification[] = [];
  let unread = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await fetchPage(afterId);
    if (page === 0) unread = data.unreadNotificationCount;
    const list = data.myNotifications;
    latest = [...latest, ...list].slice(-BELL_LIMIT);
    afterId = list.at(-1)?.id ?? afterId;
    if (list.length < NOTIFICATION_PAGE) break;
  }
  return { unread, items: latest.reverse().map((item) => toBellItem(item, tag)), lastId: afterId };
}
