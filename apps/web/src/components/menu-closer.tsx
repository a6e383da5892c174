'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * The header stays mounted from page to page, so an opened phone menu would stay open after the
 * visitor chose a page in it. This closes the menu around it whenever the page changes.
 */
export function MenuCloser() {
  const pathname = usePathname();
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    marker.current?.closest('details')?.removeAttribute('open');
  }, [pathname]);
  return <span ref={marker} hidden />;
}
