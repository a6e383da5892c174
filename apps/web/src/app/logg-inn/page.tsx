import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/forms/sign-in-form';
import { oidcButtons } from '@/components/identity/oidc-config';
import { OidcSignInButton } from '@/components/identity/oidc-sign-in-button';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { getViewer, safeNextPath } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signInTitle };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, t }, params, viewer] = await Promise.all([getI18n(), searchParams, getViewer()]);
  const next = safeNextPath(params.neste);
  const buttons = await oidcButtons(t.identity.signIn);
  const wrongRole =
    viewer !== null && viewer.role !== 'EMPLOYER' && next?.startsWith('/arbeidsgiver') === true
      ? t.auth.wrongRole
      : viewer !== null && viewer.role !== 'YOUTH' && next?.startsWith('/mine-dager') === true
        ? t.auth.wrongRoleYouth
        : null;

  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg" id="sign-in-heading">
        {t.auth.signInTitle}
      </h1>
      <p className="ds-paragraph">{t.auth.signInIntro}</p>
      {wrongRole ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{wrongRole}</p>
        </div>
      ) : viewer ? (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">
            {interpolate(t.auth.alreadySignedIn, { name: viewer.displayName })}
          </p>
        </div>
      ) : null}
      <SignInForm locale={locale} t={t.auth} next={next} />
      <p className="ds-paragraph">
        <Link className="ds-link" href="/glemt-passord">
          {t.identity.signIn.forgotPassword}
        </Link>
      </p>
      {buttons.length > 0 ? (
        <section className="stack" aria-labelledby="oidc-heading">
          <h2 className="ds-heading" data-size="xs" id="oidc-heading">
            {t.identity.signIn.or}
          </h2>
          {buttons.map((button) => (
            <OidcSignInButton
              key={button.provider ?? 'oidc'}
              provider={button.provider}
              label={button.label}
              startingLabel={t.identity.signIn.oidcStarting}
              failedMessage={t.identity.signIn.oidcStartFailed}
              next={next}
            />
          ))}
        </section>
      ) : null}
      <p className="ds-paragraph">
        {t.auth.noAccount}{' '}
        <Link
          className="ds-link"
          href={next ? `/registrer?neste=${encodeURIComponent(next)}` : '/registrer'}
        >
          {t.auth.signUpTitle}
        </Link>
      </p>
    </div>
  );
}
