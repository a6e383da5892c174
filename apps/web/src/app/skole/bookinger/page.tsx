import type { Metadata } from 'next';
import Link from 'next/link';
import { todayInOslo } from '@akselerator/domain';
import { consentOutstanding, PupilBookingsCard } from '@/components/school/pupil-bookings-card';
import { requireCounsellor } from '@/components/school/require-counsellor';
import {
  MY_COHORTS_QUERY,
  SCHOOL_BOOKINGS_QUERY,
  type PupilBookings,
  type SchoolBookingsView,
} from '@/components/school/school-operations';
import styles from '@/components/school/school.module.css';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/skole/bookinger';
const FOLLOW_UP = 'oppfolging';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.schoolBookings.metaTitle };
}

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** A pupil the counsellor should look at: days missing, no answer, refused twice, no consent. */
function needsFollowUp(pupil: PupilBookings, today: string): boolean {
  return (
    !pupil.hasRequiredDays ||
    pupil.awaitingAnswer > 0 ||
    pupil.declined >= 2 ||
    pupil.bookings.some((booking) => consentOutstanding(booking, today))
  );
}

function listHref(cohortId: string, followUp: boolean): string {
  const query = new URLSearchParams({ klasse: cohortId });
  if (followUp) query.set('vis', FOLLOW_UP);
  return `${PATH}?${query.toString()}`;
}

export default async function SchoolBookingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireCounsellor(PATH);
  const params = await searchParams;
  const [{ locale, t }, cohorts] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'myCohorts',
      async () => {
        try {
          return (await graphqlServer(MY_COHORTS_QUERY)).myCohorts;
        } catch (error) {
          // A NAV coordinator has no school, so no classes: say so, not that something failed.
          if (error instanceof GraphQLRequestError && error.code === 'NO_ORGANISATION') return [];
          throw error;
        }
      },
      null,
    ),
  ]);
  const s = t.schoolBookings;
  const wanted = first(params.klasse);
  const cohort = cohorts?.find((candidate) => candidate.id === wanted) ?? cohorts?.[0];
  const followUp = first(params.vis) === FOLLOW_UP;
  const view: SchoolBookingsView | null | 'unavailable' = cohort
    ? await querySignedIn(
        PATH,
        'schoolBookings',
        async () =>
          (await graphqlServer(SCHOOL_BOOKINGS_QUERY, { cohortId: cohort.id })).schoolBookings,
        'unavailable' as const,
      )
    : null;
  const today = todayInOslo(new Date());

  return (
    <div className="container page stack-lg">
      <h1 className="ds-heading" data-size="lg">
        {s.title}
      </h1>
      <p className="ds-paragraph lead">{s.intro}</p>

      {cohorts === null || view === 'unavailable' ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{s.unavailable}</p>
        </div>
      ) : cohorts.length === 0 || !cohort ? (
        <p className="ds-paragraph">{s.noCohorts}</p>
      ) : (
        <>
          <div className={styles.toolbar}>
            {cohorts.length > 1 ? (
              <form method="get" action={PATH} className={styles.inlineForm}>
                <div className="ds-field">
                  <label className="ds-label" htmlFor="school-cohort">
                    {s.cohortLabel}
                  </label>
                  <select
                    className="ds-input"
                    id="school-cohort"
                    name="klasse"
                    defaultValue={cohort.id}
                  >
                    {cohorts.map((option) => (
                      <option key={option.id} value={option.id}>
                        {interpolate(s.cohortOption, {
                          name: option.name,
                          year: option.schoolYear,
                        })}
                      </option>
                    ))}
                  </select>
                </div>
                {followUp ? <input type="hidden" name="vis" value={FOLLOW_UP} /> : null}
                <button className="ds-button" data-variant="secondary" type="submit">
                  {s.show}
                </button>
              </form>
            ) : null}
            <p className="ds-paragraph">
              <a
                className="ds-link"
                href={`${PATH}/eksport?${new URLSearchParams({ klasse: cohort.id }).toString()}`}
                download
                data-testid="school-csv"
              >
                {s.downloadCsv}
              </a>
            </p>
          </div>

          {view === null ? (
            <div className="ds-alert" data-color="warning">
              <p className="ds-paragraph">{s.noAccess}</p>
            </div>
          ) : (
            <SchoolBookingsList
              view={view}
              followUp={followUp}
              today={today}
              locale={locale}
              t={t}
              isFollowUp={(pupil) => needsFollowUp(pupil, today)}
            />
          )}
        </>
      )}
    </div>
  );
}

function SchoolBookingsList({
  view,
  followUp,
  today,
  locale,
  t,
  isFollowUp,
}: {
  view: SchoolBookingsView;
  followUp: boolean;
  today: string;
  locale: Awaited<ReturnType<typeof getI18n>>['locale'];
  t: Awaited<ReturnType<typeof getI18n>>['t'];
  isFollowUp: (pupil: PupilBookings) => boolean;
}) {
  const s = t.schoolBookings;
  const done = view.pupils.filter((pupil) => pupil.hasRequiredDays).length;
  const waiting = view.pupils.reduce((sum, pupil) => sum + pupil.awaitingAnswer, 0);
  const consentMissing = view.pupils.reduce(
    (sum, pupil) =>
      sum + pupil.bookings.filter((booking) => consentOutstanding(booking, today)).length,
    0,
  );
  const shown = followUp ? view.pupils.filter(isFollowUp) : view.pupils;
  const caption = interpolate(s.tableCaption, {
    cohort: view.cohortName,
    year: view.schoolYear,
  });

  return (
    <>
      <div
        className={`ds-card ${styles.summary}`}
        data-color="neutral"
        data-testid="school-summary"
      >
        <p className="ds-paragraph">
          {interpolate(s.summaryDone, {
            done,
            total: view.pupils.length,
            required: view.requiredDays,
          })}
        </p>
        {waiting > 0 ? (
          <p className="ds-paragraph">{interpolate(s.summaryWaiting, { count: waiting })}</p>
        ) : null}
        {consentMissing > 0 ? (
          <p className="ds-paragraph">{interpolate(s.summaryConsent, { count: consentMissing })}</p>
        ) : null}
      </div>

      <nav aria-label={s.filterLabel}>
        <ul className={styles.filters}>
          <li>
            <Link
              className="ds-link"
              href={listHref(view.cohortId, false)}
              aria-current={followUp ? undefined : 'page'}
            >
              {s.filterAll}
            </Link>
          </li>
          <li>
            <Link
              className="ds-link"
              href={listHref(view.cohortId, true)}
              aria-current={followUp ? 'page' : undefined}
            >
              {s.filterFollowUp}
            </Link>
          </li>
        </ul>
      </nav>

      {shown.length === 0 ? (
        <p className="ds-paragraph">{followUp ? s.noPupilsFollowUp : s.noPupils}</p>
      ) : (
        <>
          <div className={styles.tableWrap}>
            <table className="ds-table" data-size="sm" data-testid="school-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colPupil}</th>
                  <th scope="col" className={styles.numeric}>
                    {s.colDays}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {s.colConfirmed}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {s.colWaiting}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {s.colAttended}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {s.colDeclined}
                  </th>
                  <th scope="col" className={styles.numeric}>
                    {s.colConsent}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((pupil) => (
                  <tr key={pupil.youthId}>
                    <th scope="row">
                      <a className="ds-link" href={`#pupil-${pupil.youthId}`}>
                        {pupil.displayName}
                      </a>
                    </th>
                    <td className={styles.numeric}>
                      {interpolate(s.daysOf, {
                        count: pupil.daysBooked,
                        required: view.requiredDays,
                      })}
                    </td>
                    <td className={styles.numeric}>{pupil.confirmed}</td>
                    <td className={styles.numeric}>{pupil.awaitingAnswer}</td>
                    <td className={styles.numeric}>{pupil.attended}</td>
                    <td className={styles.numeric}>{pupil.declined}</td>
                    <td className={styles.numeric}>
                      {
                        pupil.bookings.filter((booking) => consentOutstanding(booking, today))
                          .length
                      }
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <ul className={styles.pupils} aria-label={caption}>
            {shown.map((pupil) => (
              <li key={pupil.youthId}>
                <PupilBookingsCard
                  pupil={pupil}
                  requiredDays={view.requiredDays}
                  today={today}
                  locale={locale}
                  t={s}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
