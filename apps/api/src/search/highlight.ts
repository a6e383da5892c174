export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * Meilisearch returns the employer's own text with markers around matches. Escaping first and
 * only then turning markers into <mark> keeps user text from ever becoming markup.
 */
export function toSafeHighlight(marked: string): string {
  return escapeHtml(
    marked.replaceAll(HIGHLIGHT_START, '\u0000S').replaceAll(HIGHLIGHT_END, '\u0000E'),
  )
    .replaceAll('\u0000S', '<mark>')
    .replaceAll('\u0000E', '</mark>');
}
