/**
 * Sent on `window` by the bell for every batch of new notifications; `detail` is the list of
 * their kinds. A module of its own, so LiveRefresh imports nothing else.
 */
export const NOTIFICATION_EVENT = 'aks:notifications';
