import type { Metadata } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { tokenParam } from '@/components/identity/token-param';
import {
  GUARDIAN_ACCESS_QUERY,
  type GuardianAccessData,
} from '@/components/privacy/data-rights-operations';
import { formatInstant } from '@/components/privacy/format-instant';
import { GuardianActions } from '@/components/privacy/guardian-actions';
import { GuardianRequestForm } from '@/components/privacy/guardian-request-form';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';

/** The token is in the address: no referrer may carry it on, and no index may keep it. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: t.identity.guardian.metaTitle,
    referrer: 'no-referrer',
    robots: { index: false, follow: false },
  };
}

type Loaded =
  | { kind: 'live'; access: GuardianAccessData['guardianAccess'] }
  | { kind: 'none' | 'invalid' | 'expired' | 'used' | 'unavailable' };

async function load(token: string | undefined): Promise<Loaded> {
  if (!token) return { kind: 'none' };
  try {
    return {
      kind: 'live',
      access: (await graphqlServer(GUARDIAN_ACCESS_QUERY, { input: { token } })).guardianAccess,
    };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof GraphQLRequestError) {
      if (error.code === 'TOKEN_EXPIRED') return { kind: 'expired' };
      if (error.code === 'TOKEN_USED') return { kind: 'used' };
      if (error.code === 'TOKEN_INVALID' || error.fieldErrors.length > 0) {
        return { kind: 'invalid' };
      }
    }
    console.warn('[web] /foresatt failed:', error instanceof Error ? error.message : error);
    return { kind: 'unavailable' };
  }
}

/**
 * /foresatt?token=… — a guardian of a pupil under 16 (no account; the e-mailed link is the key)
 * downloads the pupil's data or erases the account. Without a working link: ask for one.
 */
export default async function GuardianPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const token = tokenParam((await searchParams).token);
  const [{ locale, t }, loaded] = await Promise.all([getI18n(), load(token)]);
  const g = t.identity.guardian;
  const problem =
    loaded.kind === 'invalid'
      ? [g.invalidTitle, g.invalidBody]
      : loaded.kind === 'expired'
        ? [g.expiredTitle, g.expiredBody]
        : loaded.kind === 'used'
          ? [g.usedTitle, g.usedBody]
          : loaded.kind === 'unavailable'
            ? [g.failed, '']
            : null;

  return (
    <div className="container page page-narrow stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {g.title}
        </h1>
        <p className="ds-paragraph lead">{g.intro}</p>
      </div>
      {loaded.kind === 'live' && token ? (
        <>
          <p className="ds-paragraph" data-testid="guardian-pupil">
            {interpolate(g.forPupil, {
              name: loaded.access.pupilName,
              until: formatInstant(loaded.access.expiresAt, locale),
            })}
          </p>
          <GuardianActions token={token} t={g} errorSummaryTitle={t.auth.errorSummaryTitle} />
        </>
      ) : (
        <>
          {problem ? (
            <div className="ds-alert" data-color="warning" data-testid="guardian-result">
              <h2 className="ds-heading" data-size="xs">
                {problem[0]}
              </h2>
              {problem[1] ? <p className="ds-paragraph">{problem[1]}</p> : null}
            </div>
          ) : null}
          <section className="stack" aria-labelledby="guardian-request-heading">
            <h2 className="ds-heading" data-size="md" id="guardian-request-heading">
              {g.requestHeading}
            </h2>
            <p className="ds-paragraph">{g.requestIntro}</p>
            <GuardianRequestForm
              locale={locale}
              t={g}
              errorSummaryTitle={t.auth.errorSummaryTitle}
            />
          </section>
        </>
      )}
    </div>
  );
}
