import type { Metadata } from 'next';
import { OidcCallback } from '@/components/identity/oidc-callback';
import { getI18n } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The address carries a one-time code: keep it out of referrers and search engines.
  return {
    title: t.identity.oidcCallback.metaTitle,
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

/** Where ID-porten or Feide sends the browser back (the API's OIDC_CALLBACK_PATH). */
export default async function OidcCallbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t }, params] = await Promise.all([getI18n(), searchParams]);
  const to = t.identity.oidcCallback;
  const initialProblem =
    params.error !== undefined
      ? params.error === 'access_denied'
        ? to.cancelled
        : to.failed
      : typeof params.code !== 'string' || typeof params.state !== 'string'
        ? to.missing
        : null;
  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg">
        {t.identity.oidcCallback.title}
      </h1>
      <OidcCallback t={to} initialProblem={initialProblem} />
    </div>
  );
}
