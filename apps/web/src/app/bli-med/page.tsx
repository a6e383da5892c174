import type { Metadata } from 'next';
import Link from 'next/link';
import { LIMITS } from '@akselerator/domain';
import { AcceptInvitation } from '@/components/identity/accept-invitation';
import {
  EMPLOYER_INVITATION_PREVIEW_QUERY,
  type EmployerInvitationPreviewData,
} from '@/components/identity/identity-operations';
import { tokenParam } from '@/components/identity/token-param';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { getViewer, signInPath } from '@/lib/session';

type Preview = EmployerInvitationPreviewData['employerInvitationPreview'] | 'unavailable';

/** The invitation behind the link; 'unavailable' when the API cannot say (the form still works). */
async function preview(token: string | undefined): Promise<Preview> {
  if (!token) return null;
  try {
    return (await graphqlServer(EMPLOYER_INVITATION_PREVIEW_QUERY, { input: { token } }))
      .employerInvitationPreview;
  } catch (error) {
    console.warn('[web] /bli-med preview failed:', error instanceof Error ? error.message : error);
    return 'unavailable';
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The address carries a one-time token: keep it out of referrers and search engines.
  return {
    title: t.identity.invitation.metaTitle,
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

/** /bli-med?token=… — the link in an employer invitation (the API's INVITATION_PATH). */
export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, t }, params, viewer] = await Promise.all([getI18n(), searchParams, getViewer()]);
  const ti = t.identity.invitation;
  const token = tokenParam(params.token);
  const here = token ? `/bli-med?${new URLSearchParams({ token }).toString()}` : '/bli-med';
  const invitation = await preview(token);

  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg" id="invitation-heading">
        {ti.title}
      </h1>
      <p className="ds-paragraph">{ti.intro}</p>
      {!token ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{ti.missingToken}</p>
        </div>
      ) : invitation === null ? (
        <div className="ds-alert" data-color="warning" data-testid="invitation-invalid">
          <h2 className="ds-heading" data-size="xs">
            {ti.invalidTitle}
          </h2>
          <p className="ds-paragraph">{ti.invalidBody}</p>
        </div>
      ) : viewer ? (
        <>
          {invitation !== 'unavailable' ? (
            <p className="ds-paragraph" data-testid="invitation-preview">
              {interpolate(ti.invitedTo, {
                employer: invitation.employerName,
                email: invitation.email,
              })}
            </p>
          ) : null}
          <p className="ds-paragraph">
            {interpolate(ti.signedInIntro, { name: viewer.displayName })}
          </p>
          <AcceptInvitation
            token={token}
            signedIn
            locale={locale}
            t={ti}
            ta={t.auth}
            passwordMin={LIMITS.passwordMin}
          />
        </>
      ) : (
        <>
          {invitation !== 'unavailable' ? (
            <p className="ds-paragraph" data-testid="invitation-preview">
              {interpolate(ti.invitedTo, {
                employer: invitation.employerName,
                email: invitation.email,
              })}
            </p>
          ) : null}
          <p className="ds-paragraph">{ti.newAccountIntro}</p>
          <p className="ds-paragraph">
            <Link className="ds-link" href={signInPath(here)}>
              {ti.signInFirst}
            </Link>
          </p>
          <AcceptInvitation
            token={token}
            signedIn={false}
            locale={locale}
            t={ti}
            ta={t.auth}
            passwordMin={LIMITS.passwordMin}
          />
        </>
      )}
    </div>
  );
}
