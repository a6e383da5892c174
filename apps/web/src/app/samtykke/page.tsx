import type { Metadata } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { GuardianRequestForm } from '@/components/privacy/guardian-request-form';
import { GiveConsent } from '@/components/school/give-consent';
import {
  GUARDIAN_CONSENT_REQUEST_QUERY,
  type GuardianConsentRequest,
} from '@/components/school/school-operations';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { formatLongDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';

/** The token is in the address: no referrer may carry it on, and no index may keep it. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: t.guardianConsent.metaTitle,
    referrer: 'no-referrer',
    robots: { index: false, follow: false },
  };
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function load(token: string): Promise<GuardianConsentRequest | null | 'unavailable'> {
  if (!TOKEN.test(token)) return null;
  try {
    return (await graphqlServer(GUARDIAN_CONSENT_REQUEST_QUERY, { token })).guardianConsentRequest;
  } catch (error) {
    unstable_rethrow(error);
    console.warn('[web] /samtykke failed:', error instanceof Error ? error.message : error);
    return 'unavailable';
  }
}

/** /samtykke?token=… — a guardian gives consent to a pupil's hospitering day (no sign-in). */
export default async function GuardianConsentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const [{ locale, t }, request] = await Promise.all([getI18n(), load(token)]);
  const c = t.guardianConsent;

  return (
    <div className="container page page-narrow stack-lg">
      <h1 className="ds-heading" data-size="lg">
        {c.title}
      </h1>
      {request === 'unavailable' ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{c.error}</p>
        </div>
      ) : request === null || request.given ? (
        <div className="ds-alert" data-color="warning" data-testid="consent-result">
          <h2 className="ds-heading" data-size="xs">
            {c.invalidTitle}
          </h2>
          <p className="ds-paragraph">{c.invalidBody}</p>
        </div>
      ) : (
        <>
          <p className="ds-paragraph lead">{interpolate(c.intro, { name: request.pupilName })}</p>
          <dl className="booking-facts ds-paragraph">
            <div>
              <dt>{c.what}</dt>
              <dd>
                {interpolate(c.whatValue, {
                  title: request.title,
                  employer: request.employerName,
                })}
              </dd>
            </div>
            <div>
              <dt>{c.where}</dt>
              <dd>{`${request.street}, ${request.postalCode} ${request.postalPlace}`}</dd>
            </div>
            <div>
              <dt>{c.when}</dt>
              <dd>
                <time dateTime={request.date}>{formatLongDate(request.date, locale)}</time>
                {', '}
                {formatTimeRange(request.startTime, request.endTime, locale)}
              </dd>
            </div>
          </dl>
          {request.expired ? (
            <div className="ds-alert" data-color="warning" data-testid="consent-result">
              <h2 className="ds-heading" data-size="xs">
                {c.expiredTitle}
              </h2>
              <p className="ds-paragraph">{c.expiredBody}</p>
            </div>
          ) : (
            <GiveConsent token={token} t={c} />
          )}
          <p className="ds-paragraph" data-size="sm">
            {c.questions}
          </p>
        </>
      )}
      <section className="stack" aria-labelledby="guardian-request-heading">
        <h2 className="ds-heading" data-size="md" id="guardian-request-heading">
          {t.identity.guardian.requestHeading}
        </h2>
        <p className="ds-paragraph">{t.identity.guardian.intro}</p>
        <p className="ds-paragraph">{t.identity.guardian.requestIntro}</p>
        <GuardianRequestForm
          locale={locale}
          t={t.identity.guardian}
          errorSummaryTitle={t.auth.errorSummaryTitle}
        />
      </section>
    </div>
  );
}
