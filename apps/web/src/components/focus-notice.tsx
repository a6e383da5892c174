'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A Designsystemet alert that takes focus when it appears, so the result of an action
 * ("… er publisert") is the first thing a screen-reader or keyboard user meets.
 */
export function FocusNotice({
  color,
  children,
  testId,
}: {
  color: 'success' | 'warning' | 'info';
  children: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="ds-alert"
      data-color={color}
      role="status"
      data-testid={testId}
    >
      <p className="ds-paragraph">{children}</p>
    </div>
  );
}
