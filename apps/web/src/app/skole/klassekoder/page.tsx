import type { Metadata } from 'next';
import Link from 'next/link';
import { schoolYearOf, todayInOslo } from '@akselerator/domain';
import {
  NewClassCodeForm,
  NewCohortForm,
  RevokeClassCodeButton,
} from '@/components/identity/class-code-forms';
import {
  COHORTS_WITH_CODES_QUERY,
  type ClassCode,
} from '@/components/identity/identity-operations';
import { formatInstant } from '@/components/privacy/format-instant';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { CohortWindowForm } from '@/components/school/cohort-window-form';
import {
  COHORT_WINDOWS_QUERY,
  type BookingWindow,
} from '@/components/school/school-booking-operations';
import { formatLongDate } from '@/lib/format';
import styles from '@/components/school/school.module.css';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/skole/klassekoder';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.identity.classCodes.metaTitle };
}

function statusOf(code: ClassCode, t: Dictionary['identity']['classCodes']): [string, string] {
  if (code.active) return [t.active, 'success'];
  if (code.revokedAt) return [t.revoked, 'neutral'];
  return [t.expired, 'warning'];
}

/** The school counsellor's classes and their class codes: make, show and withdraw codes. */
export default async function ClassCodesPage() {
  await requireCounsellor(PATH);
  const [{ locale, t }, cohorts, windows] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'myCohorts',
      async () => (await graphqlServer(COHORTS_WITH_CODES_QUERY)).myCohorts,
      null,
    ),
    // The school's booking window per cohort; the page still works without it.
    querySignedIn(
      PATH,
      'myCohorts',
      async () =>
        new Map(
          (await graphqlServer(COHORT_WINDOWS_QUERY)).myCohorts.map(
            (cohort) => [cohort.id, cohort.bookingWindow] as const,
          ),
        ),
      null,
    ),
  ]);
  const ts = t.schoolBooking;
  const windowText = (range: BookingWindow): string => {
    const from = range.opensOn ? formatLongDate(range.opensOn, locale) : null;
    const to = range.closesOn ? formatLongDate(range.closesOn, locale) : null;
    if (from && to) {
      return interpolate(ts.windowBetween, {
        from: interpolate(ts.windowFrom, { date: from }),
        to,
      });
    }
    if (from) return interpolate(ts.windowFrom, { date: from });
    if (to) return interpolate(ts.windowUntil, { date: to });
    return ts.windowNone;
  };
  const tc = t.identity.classCodes;
  const common = {
    locale,
    t: tc,
    errorSummaryTitle: t.auth.errorSummaryTitle,
    genericError: t.auth.genericError,
  };

  return (
    <div className="container page stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {tc.title}
        </h1>
        <p className="ds-paragraph lead">{tc.intro}</p>
        <p className="ds-paragraph">
          <Link className="ds-link" href="/skole/elever" prefetch={false}>
            {t.identity.pupils.title}
          </Link>
        </p>
      </div>

      {cohorts === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{tc.unavailable}</p>
        </div>
      ) : cohorts.length === 0 ? (
        <p className="ds-paragraph">{tc.noCohorts}</p>
      ) : (
        cohorts.map((cohort) => {
          const headingId = `cohort-${cohort.id}`;
          const cohortWindow = windows?.get(cohort.id) ?? null;
          return (
            <section
              key={cohort.id}
              className="ds-card stack"
              aria-labelledby={headingId}
              data-testid="cohort-codes"
            >
              <h2 className="ds-heading" data-size="sm" id={headingId}>
                {interpolate(tc.codesHeading, {
                  name: `${cohort.name} (${cohort.schoolYear})`,
                })}
              </h2>
              <p className="ds-paragraph">
                {cohort.schoolName} · {interpolate(tc.pupils, { count: cohort.pupilCount })}
              </p>
              {cohort.classCodes.length === 0 ? (
                <p className="ds-paragraph">{tc.noCodes}</p>
              ) : (
                <div
                  className={styles.tableWrap}
                  tabIndex={0}
                  role="region"
                  aria-labelledby={headingId}
                >
                  <table className="ds-table" data-size="sm">
                    <thead>
                      <tr>
                        <th scope="col">{tc.codeColumn}</th>
                        <th scope="col">{tc.statusColumn}</th>
                        <th scope="col">{tc.validColumn}</th>
                        <th scope="col">
                          <span className="ds-sr-only">{tc.actionsColumn}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {cohort.classCodes.map((code) => {
                        const [status, color] = statusOf(code, tc);
                        return (
                          <tr key={code.id}>
                            <th scope="row">
                              <code>{code.code}</code>
                            </th>
                            <td>
                              <span className="ds-tag" data-color={color}>
                                {status}
                              </span>
                            </td>
                            <td>{formatInstant(code.expiresAt, locale)}</td>
                            <td>
                              {code.active ? (
                                <RevokeClassCodeButton
                                  id={code.id}
                                  code={code.code}
                                  t={tc}
                                  genericError={t.auth.genericError}
                                />
                              ) : null}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
              <NewClassCodeForm cohortId={cohort.id} cohortName={cohort.name} {...common} />
              {cohortWindow ? (
                <section className="stack" aria-labelledby={`${headingId}-window`}>
                  <h3 className="ds-heading" data-size="xs" id={`${headingId}-window`}>
                    {interpolate(ts.windowHeading, { name: cohort.name })}
                  </h3>
                  <p className="ds-paragraph">{ts.windowIntro}</p>
                  <p className="ds-paragraph" data-testid="cohort-window-now">
                    {interpolate(ts.windowNow, {
                      window: windowText(cohortWindow),
                    })}
                  </p>
                  <CohortWindowForm
                    cohortId={cohort.id}
                    cohortName={cohort.name}
                    window={cohortWindow}
                    locale={locale}
                    t={ts}
                    errorSummaryTitle={t.auth.errorSummaryTitle}
                    genericError={t.auth.genericError}
                  />
                </section>
              ) : null}
            </section>
          );
        })
      )}

      <section className="stack" aria-labelledby="new-cohort-heading">
        <h2 className="ds-heading" data-size="md" id="new-cohort-heading">
          {tc.newCohortHeading}
        </h2>
        <NewCohortForm {...common} defaultSchoolYear={schoolYearOf(todayInOslo(new Date()))} />
      </section>
    </div>
  );
}
