import type { Metadata } from 'next';
import {
  InviteColleagueForm,
  RemoveMemberButton,
  RevokeInvitationButton,
} from '@/components/identity/colleague-forms';
import {
  COLLEAGUES_QUERY,
  EMPLOYER_INVITATIONS_QUERY,
} from '@/components/identity/identity-operations';
import { formatInstant } from '@/components/privacy/format-instant';
import styles from '@/components/privacy/privacy.module.css';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { requireEmployer } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/arbeidsgiver/kolleger';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.identity.colleagues.metaTitle };
}

/** The employer's members; the owner invites colleagues, withdraws invitations, removes members. */
export default async function ColleaguesPage() {
  const viewer = await requireEmployer(PATH);
  const [{ locale, t }, data] = await Promise.all([
    getI18n(),
    querySignedIn(PATH, 'employerMembers', () => graphqlServer(COLLEAGUES_QUERY), null),
  ]);
  const tc = t.identity.colleagues;
  const owner = data?.myOrganisation?.employerRole === 'OWNER';
  const invitations = owner
    ? await querySignedIn(
        PATH,
        'employerInvitations',
        async () => (await graphqlServer(EMPLOYER_INVITATIONS_QUERY)).employerInvitations,
        null,
      )
    : null;
  const employerName = data?.myOrganisation?.name ?? viewer.employer?.name ?? '';

  return (
    <div className="container page stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {interpolate(tc.title, { employer: employerName })}
        </h1>
        <p className="ds-paragraph lead">{tc.intro}</p>
      </div>

      {data === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{tc.unavailable}</p>
        </div>
      ) : (
        <>
          <section className="stack" aria-labelledby="members-heading">
            <h2 className="ds-heading" data-size="md" id="members-heading">
              {tc.membersHeading}
            </h2>
            <ul className={`stack ${styles.plainList}`} data-testid="employer-members">
              {data.employerMembers.map((member) => (
                <li key={member.accountId} className="ds-card stack">
                  <p className="ds-paragraph">
                    <strong>{member.displayName}</strong>{' '}
                    {member.accountId === viewer.id ? tc.you : null}
                    <br />
                    {member.email} ·{' '}
                    <span className="ds-tag" data-color="neutral">
                      {member.role === 'OWNER' ? tc.roleOWNER : tc.roleMEMBER}
                    </span>
                  </p>
                  {owner && member.accountId !== viewer.id ? (
                    <RemoveMemberButton
                      accountId={member.accountId}
                      name={member.displayName}
                      t={tc}
                      genericError={t.auth.genericError}
                      noLabel={t.identity.privacy.eraseCancel}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>

          {owner ? (
            <>
              <section className="stack" aria-labelledby="invite-heading">
                <h2 className="ds-heading" data-size="md" id="invite-heading">
                  {tc.inviteHeading}
                </h2>
                <p className="ds-paragraph">{tc.inviteIntro}</p>
                <InviteColleagueForm
                  locale={locale}
                  t={tc}
                  errorSummaryTitle={t.auth.errorSummaryTitle}
                  genericError={t.auth.genericError}
                />
              </section>
              <section className="stack" aria-labelledby="pending-heading">
                <h2 className="ds-heading" data-size="md" id="pending-heading">
                  {tc.pendingHeading}
                </h2>
                {invitations === null ? (
                  <div className="ds-alert" data-color="warning">
                    <p className="ds-paragraph">{tc.unavailable}</p>
                  </div>
                ) : invitations.length === 0 ? (
                  <p className="ds-paragraph">{tc.pendingEmpty}</p>
                ) : (
                  <ul className={`stack ${styles.plainList}`} data-testid="employer-invitations">
                    {invitations.map((invitation) => (
                      <li key={invitation.id} className="ds-card stack">
                        <p className="ds-paragraph">
                          <strong>{invitation.email}</strong>
                          <br />
                          {interpolate(tc.expires, {
                            date: formatInstant(invitation.expiresAt, locale),
                          })}
                        </p>
                        <div>
                          <RevokeInvitationButton
                            id={invitation.id}
                            email={invitation.email}
                            t={tc}
                            genericError={t.auth.genericError}
                          />
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          ) : (
            <p className="ds-paragraph">{tc.ownerOnly}</p>
          )}
        </>
      )}
    </div>
  );
}
