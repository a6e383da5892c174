import type { Metadata } from 'next';
import Link from 'next/link';
import { EMAIL_VERIFIED_QUERY } from '@/components/identity/identity-operations';
import { tokenParam } from '@/components/identity/token-param';
import { ResendVerification, VerifyEmail } from '@/components/identity/verify-email';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { getViewer } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The address carries a one-time token: keep it out of referrers and search engines.
  return {
    title: t.identity.verifyEmail.metaTitle,
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

async function alreadyVerified(): Promise<boolean> {
  try {
    return (await graphqlServer(EMAIL_VERIFIED_QUERY)).me?.emailVerifiedAt != null;
  } catch {
    return false;
  }
}

/** /bekreft-e-post?token=… — the link in the verification e-mail (the API's mail template). */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t }, params, viewer] = await Promise.all([getI18n(), searchParams, getViewer()]);
  const tv = t.identity.verifyEmail;
  const token = tokenParam(params.token);
  const verified = viewer ? await alreadyVerified() : false;

  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg">
        {tv.title}
      </h1>
      {verified ? (
        <div className="ds-alert" data-color="success">
          <p className="ds-paragraph">{tv.alreadyVerified}</p>
        </div>
      ) : token ? (
        <>
          <p className="ds-paragraph">{tv.intro}</p>
          <VerifyEmail token={token} t={tv} tt={t.identity.tokens} />
        </>
      ) : (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{tv.missingToken}</p>
        </div>
      )}
      {verified ? null : (
        <section className="stack" aria-labelledby="resend-heading">
          <h2 className="ds-heading" data-size="sm" id="resend-heading">
            {tv.resendTitle}
          </h2>
          {viewer ? (
            <>
              <p className="ds-paragraph">{tv.resendIntro}</p>
              <ResendVerification t={tv} tt={t.identity.tokens} />
            </>
          ) : (
            <p className="ds-paragraph">
              <Link className="ds-link" href="/logg-inn?neste=%2Fbekreft-e-post">
                {tv.resendSignIn}
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
