import type { Metadata } from 'next';
import Link from 'next/link';
import { LIMITS } from '@akselerator/domain';
import { SignUpForm } from '@/components/forms/sign-up-form';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { getViewer, safeNextPath } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signUpTitle };
}

/** `?klassekode=` from a link the counsellor shared; only something that fits in the field. */
function classCodeParam(value: string | string[] | undefined): string | undefined {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && /^[\w\s-]{1,20}$/.test(candidate) ? candidate : undefined;
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, t }, params, viewer] = await Promise.all([getI18n(), searchParams, getViewer()]);
  const next = safeNextPath(params.neste);

  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg" id="sign-up-heading">
        {t.auth.signUpTitle}
      </h1>
      <p className="ds-paragraph">{t.auth.signUpIntro}</p>
      {viewer ? (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">
            {interpolate(t.auth.alreadySignedIn, { name: viewer.displayName })}
          </p>
        </div>
      ) : null}
      <SignUpForm
        locale={locale}
        t={t.auth}
        tc={t.identity.signUp}
        next={next}
        initialClassCode={classCodeParam(params.klassekode)}
        limits={{
          displayNameMax: LIMITS.displayNameMax,
          employerNameMax: LIMITS.employerNameMax,
          passwordMin: LIMITS.passwordMin,
        }}
      />
      <p className="ds-paragraph">
        {t.auth.haveAccount}{' '}
        <Link
          className="ds-link"
          href={next ? `/logg-inn?neste=${encodeURIComponent(next)}` : '/logg-inn'}
        >
          {t.auth.signInTitle}
        </Link>
      </p>
    </div>
  );
}
