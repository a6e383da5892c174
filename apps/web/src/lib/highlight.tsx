import type { ReactNode } from 'react';

const TAG = /<(\/?)(mark|em)>/gi;

/**
 * Renders a search engine's highlighted title safely: `<mark>`/`<em>` become `<mark>` elements,
 * everything else is plain text (React escapes it), so no HTML from the API reaches the DOM.
 */
export function renderHighlighted(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let open = false;
  let last = 0;
  let key = 0;
  const push = (segment: string) => {
    if (!segment) return;
    nodes.push(open ? <mark key={key++}>{segment}</mark> : segment);
  };
  for (const match of text.matchAll(TAG)) {
    push(text.slice(last, match.index));
    open = match[1] !== '/';
    last = match.index + match[0].length;
  }
  push(text.slice(last));
  return nodes;
}
