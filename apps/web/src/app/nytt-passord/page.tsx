import type { Metadata } from 'next';
import Link from 'next/link';
import { LIMITS } from '@akselerator/domain';
import { ResetPasswordForm } from '@/components/identity/reset-password-form';
import { tokenParam } from '@/components/identity/token-param';
import { getI18n } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The address carries a one-time token: keep it out of referrers and search engines.
  return {
    title: t.identity.resetPassword.metaTitle,
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

/** /nytt-passord?token=… — the link in the password-reset e-mail (the API's mail template). */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, t }, params] = await Promise.all([getI18n(), searchParams]);
  const tr = t.identity.resetPassword;
  const token = tokenParam(params.token);
  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg" id="reset-heading">
        {tr.title}
      </h1>
      {token ? (
        <>
          <p className="ds-paragraph">{tr.intro}</p>
          <ResetPasswordForm
            token={token}
            locale={locale}
            t={tr}
            ta={t.auth}
            tt={t.identity.tokens}
            passwordMin={LIMITS.passwordMin}
          />
        </>
      ) : (
        <>
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{tr.missingToken}</p>
          </div>
          <p className="ds-paragraph">
            <Link className="ds-link" href="/glemt-passord">
              {tr.requestNew}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
