import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './globals.css';
import { Locale } from '@akselerator/domain';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { intlLocale } from '@/i18n/dictionary';
import { getI18n } from '@/i18n/server';
import { liveEndpoint, loadBellSnapshot } from '@/lib/notifications-server';
import { getCounsellorRole, getViewer } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: {
      default: `${t.search.metaTitle} – ${t.common.siteName}`,
      template: `%s – ${t.common.siteName}`,
    },
    description: t.common.siteTagline,
    applicationName: t.common.siteName,
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
  const tag = intlLocale(locale);
  // Both at once; the bell's data is only asked for when there is a session cookie.
  const [viewer, snapshot, counsellorRole] = await Promise.all([
    getViewer(),
    loadBellSnapshot(tag),
    getCounsellorRole(),
  ]);
  const bell = viewer ? (
    <NotificationBell
      initial={snapshot}
      endpoint={liveEndpoint()}
      tag={tag}
      textLang={locale === Locale.NB ? undefined : 'nb'}
      t={t.notifications}
    />
  ) : null;
  return (
    <html lang={locale} data-color-scheme="light">
      <body>
        <a className="ds-skip-link" href="#main">
          {t.common.skipLink}
        </a>
        <SiteHeader t={t} viewer={viewer} counsellorRole={counsellorRole} bell={bell} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
