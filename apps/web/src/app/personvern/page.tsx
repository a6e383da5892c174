import type { Metadata } from 'next';
import { Locale } from '@akselerator/domain';
import {
  MY_ACCESS_LOG_QUERY,
  MY_COHORT_QUERY,
  type AccessLogEntry,
} from '@/components/identity/identity-operations';
import { CorrectAccountForm } from '@/components/privacy/correct-account-form';
import {
  MY_ACCOUNT_DETAILS_QUERY,
  MY_GUARDIAN_QUERY,
} from '@/components/privacy/data-rights-operations';
import { EraseAccount } from '@/components/privacy/erase-account';
import { formatInstant } from '@/components/privacy/format-instant';
import { GuardianLinkButton } from '@/components/privacy/guardian-link-button';
import { JoinCohortForm } from '@/components/privacy/join-cohort-form';
import styles from '@/components/privacy/privacy.module.css';
import { SignOutEverywhere } from '@/components/privacy/sign-out-everywhere';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { getViewer, requireYouth } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/personvern';
const LOG_PAGE = 20;
const CURSOR = /^[1-9]\d{0,17}$/;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.identity.privacy.metaTitle };
}

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** What happened, in the visitor's language (the API's label is Norwegian). */
function actionText(entry: AccessLogEntry, t: Dictionary['identity']['privacy'], locale: Locale) {
  return locale === Locale.NB ? entry.actionLabel : t[`action${entry.action}`];
}

/** Their role, in the visitor's language. */
function roleText(entry: AccessLogEntry, locale: Locale): string {
  return locale === Locale.NB ? entry.actorRoleLabel : entry.actorRoleLabelEn;
}

function AccessLog({
  entries,
  locale,
  t,
}: {
  entries: AccessLogEntry[];
  locale: Locale;
  t: Dictionary['identity']['privacy'];
}) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t.logLabel}>
      <table className="ds-table" data-testid="access-log">
        <caption className="ds-sr-only">{t.logLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{t.whenColumn}</th>
            <th scope="col">{t.whoColumn}</th>
            <th scope="col">{t.whatColumn}</th>
            <th scope="col">{t.whyColumn}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="access-log-entry">
              <td>
                <time dateTime={entry.at}>{formatInstant(entry.at, locale)}</time>
              </td>
              <td>
                <span className={styles.actorName}>{entry.actorName}</span>
                <br />
                {entry.actorOrganisation
                  ? `${roleText(entry, locale)}, ${entry.actorOrganisation}`
                  : roleText(entry, locale)}
              </td>
              <td>
                {actionText(entry, t, locale)}
                {entry.outcome === 'DENIED' ? (
                  <>
                    <br />
                    <span className="ds-tag" data-color="danger">
                      {t.denied}
                    </span>
                  </>
                ) : null}
              </td>
              <td>{locale === Locale.NB ? entry.purpose : entry.purposeEn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The young person's privacy page: their class, who has looked at their data (the audit log),
 * their data as a file, sign-out everywhere, and erasing the account.
 */
export default async function PrivacyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { locale, t } = await getI18n();
  const tp = t.identity.privacy;

  // Just erased: the session is gone, so say so instead of asking to sign in.
  if (first(params.slettet) === '1' && (await getViewer()) === null) {
    return (
      <div className="container page page-narrow stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.erasedTitle}
        </h1>
        <div className="ds-alert" data-color="success" data-testid="account-erased">
          <p className="ds-paragraph">{tp.erasedBody}</p>
        </div>
      </div>
    );
  }

  await requireYouth(PATH);
  const wanted = first(params.etter);
  const after = wanted && CURSOR.test(wanted) ? wanted : null;
  const [cohort, log, details, guardian] = await Promise.all([
    querySignedIn(
      PATH,
      'myCohort',
      async () => (await graphqlServer(MY_COHORT_QUERY)).myCohort,
      'unavailable' as const,
    ),
    querySignedIn(
      PATH,
      'myAccessLog',
      async () =>
        (await graphqlServer(MY_ACCESS_LOG_QUERY, { first: LOG_PAGE, after })).myAccessLog,
      null,
    ),
    querySignedIn(
      PATH,
      'myAccountDetails',
      async () => (await graphqlServer(MY_ACCOUNT_DETAILS_QUERY)).myAccountDetails,
      null,
    ),
    querySignedIn(
      PATH,
      'myGuardian',
      async () => (await graphqlServer(MY_GUARDIAN_QUERY)).myGuardian,
      null,
    ),
  ]);

  return (
    <div className="container page stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.title}
        </h1>
        <p className="ds-paragraph lead">{tp.intro}</p>
      </div>

      <section className="stack" aria-labelledby="log-heading">
        <h2 className="ds-heading" data-size="md" id="log-heading">
          {tp.logHeading}
        </h2>
        <p className="ds-paragraph">{tp.logIntro}</p>
        {log === null ? (
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{tp.logUnavailable}</p>
          </div>
        ) : log.entries.length === 0 ? (
          <p className="ds-paragraph">{tp.logEmpty}</p>
        ) : (
          <AccessLog entries={log.entries} locale={locale} t={tp} />
        )}
        {log && (log.nextCursor || after) ? (
          <p className="ds-paragraph">
            {log.nextCursor ? (
              <a
                className="ds-link"
                href={`${PATH}?${new URLSearchParams({ etter: log.nextCursor }).toString()}#log-heading`}
              >
                {tp.older}
              </a>
            ) : null}{' '}
            {after ? (
              <a className="ds-link" href={`${PATH}#log-heading`}>
                {tp.newest}
              </a>
            ) : null}
          </p>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="export-heading">
        <h2 className="ds-heading" data-size="md" id="export-heading">
          {tp.exportHeading}
        </h2>
        <p className="ds-paragraph">{tp.exportIntro}</p>
        <p className="ds-paragraph">
          <a className="ds-link" href={`${PATH}/eksport`} download data-testid="export-my-data">
            {tp.exportLink}
          </a>
        </p>
      </section>

      <section className="stack" aria-labelledby="correct-heading">
        <h2 className="ds-heading" data-size="md" id="correct-heading">
          {t.identity.correct.heading}
        </h2>
        <p className="ds-paragraph">{t.identity.correct.intro}</p>
        {details ? (
          <CorrectAccountForm
            initial={details}
            locale={locale}
            t={t.identity.correct}
            errorSummaryTitle={t.auth.errorSummaryTitle}
            genericError={t.auth.genericError}
          />
        ) : (
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{t.identity.correct.unavailable}</p>
          </div>
        )}
      </section>

      {guardian?.rightsApply ? (
        <section className="stack" aria-labelledby="guardian-heading">
          <h2 className="ds-heading" data-size="md" id="guardian-heading">
            {tp.guardianHeading}
          </h2>
          <p className="ds-paragraph">{tp.guardianIntro}</p>
          {guardian.email ? (
            <p className="ds-paragraph">
              {interpolate(tp.guardianOnRecord, { email: guardian.email })}
            </p>
          ) : null}
          <GuardianLinkButton
            label={tp.guardianSend}
            sent={tp.guardianSent}
            notSent={tp.guardianNotSent}
          />
        </section>
      ) : null}

      <section className="stack" aria-labelledby="class-heading">
        <h2 className="ds-heading" data-size="md" id="class-heading">
          {tp.classHeading}
        </h2>
        {cohort === 'unavailable' ? (
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{t.auth.genericError}</p>
          </div>
        ) : cohort ? (
          <p className="ds-paragraph" data-testid="my-cohort">
            {interpolate(tp.inClass, {
              cohort: cohort.cohortName,
              school: cohort.schoolName,
              year: cohort.schoolYear,
            })}
          </p>
        ) : (
          <>
            <p className="ds-paragraph">{tp.noClass}</p>
            <JoinCohortForm
              locale={locale}
              t={tp}
              errorSummaryTitle={t.auth.errorSummaryTitle}
              genericError={t.auth.genericError}
            />
          </>
        )}
      </section>

      <section className="stack" aria-labelledby="sessions-heading">
        <h2 className="ds-heading" data-size="md" id="sessions-heading">
          {tp.sessionsHeading}
        </h2>
        <p className="ds-paragraph">{tp.sessionsIntro}</p>
        <SignOutEverywhere label={tp.signOutEverywhere} genericError={t.auth.genericError} />
      </section>

      <section className="stack" aria-labelledby="erase-heading">
        <h2 className="ds-heading" data-size="md" id="erase-heading">
          {tp.eraseHeading}
        </h2>
        <p className="ds-paragraph">{tp.eraseIntro}</p>
        <EraseAccount
          t={tp}
          errorSummaryTitle={t.auth.errorSummaryTitle}
          genericError={t.auth.genericError}
        />
      </section>
    </div>
  );
}
