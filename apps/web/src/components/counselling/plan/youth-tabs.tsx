'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * The tabs of the coordinator's page for one young person, as links (each tab is a page of its
 * own); the current one carries aria-current. A client component because the frame stays while
 * the tabs' pages change under it.
 */
export function YouthTabs({
  label,
  tabs,
}: {
  label: string;
  tabs: readonly { href: string; text: string }[];
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="cluster" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {tabs.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                className="ds-button"
                data-variant={current ? 'primary' : 'secondary'}
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                prefetch={false}
              >
                {tab.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
