import type { Metadata } from 'next';
import Link from 'next/link';
import { COHORT_PUPILS_QUERY } from '@/components/identity/identity-operations';
import { formatInstant } from '@/components/privacy/format-instant';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { MY_COHORTS_QUERY } from '@/components/school/school-operations';
import styles from '@/components/school/school.module.css';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/skole/elever';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.identity.pupils.metaTitle };
}

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** The school counsellor's pupils, one class at a time; each name opens the pupil's page. */
export default async function SchoolPupilsPage({
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
      async () => (await graphqlServer(MY_COHORTS_QUERY)).myCohorts,
      null,
    ),
  ]);
  const tp = t.identity.pupils;
  const wanted = first(params.klasse);
  const cohort = cohorts?.find((candidate) => candidate.id === wanted) ?? cohorts?.[0];
  const pupils = cohort
    ? await querySignedIn(
        PATH,
        'cohortPupils',
        async () =>
          (await graphqlServer(COHORT_PUPILS_QUERY, { cohortId: cohort.id })).cohortPupils,
        'unavailable' as const,
      )
    : null;

  return (
    <div className="container page stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.title}
        </h1>
        <p className="ds-paragraph lead">{tp.intro}</p>
        <p className="ds-paragraph">
          <Link className="ds-link" href="/skole/klassekoder">
            {tp.classCodesLink}
          </Link>
        </p>
      </div>

      {cohorts === null || pupils === 'unavailable' ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{tp.unavailable}</p>
        </div>
      ) : !cohort ? (
        <p className="ds-paragraph">{tp.noCohorts}</p>
      ) : (
        <>
          {cohorts.length > 1 ? (
            <form method="get" action={PATH} className={styles.toolbar}>
              <div className="ds-field">
                <label className="ds-label" htmlFor="pupils-cohort">
                  {tp.cohortLabel}
                </label>
                <select
                  className="ds-input"
                  id="pupils-cohort"
                  name="klasse"
                  defaultValue={cohort.id}
                >
                  {cohorts.map((option) => (
                    <option key={option.id} value={option.id}>
                      {interpolate(tp.cohortOption, { name: option.name, year: option.schoolYear })}
                    </option>
                  ))}
                </select>
              </div>
              <button className="ds-button" data-variant="secondary" type="submit">
                {tp.show}
              </button>
            </form>
          ) : null}

          <section className="stack" aria-labelledby="pupils-heading">
            <h2 className="ds-heading" data-size="md" id="pupils-heading">
              {interpolate(tp.listLabel, {
                name: `${cohort.name} (${cohort.schoolYear}), ${cohort.schoolName}`,
              })}
            </h2>
            {pupils === null ? (
              <div className="ds-alert" data-color="warning">
                <p className="ds-paragraph">{tp.noAccess}</p>
              </div>
            ) : pupils.length === 0 ? (
              <p className="ds-paragraph">{tp.empty}</p>
            ) : (
              <div
                className={styles.tableWrap}
                tabIndex={0}
                role="region"
                aria-labelledby="pupils-heading"
              >
                <table className="ds-table" data-size="sm" data-testid="pupil-list">
                  <thead>
                    <tr>
                      <th scope="col">{tp.nameColumn}</th>
                      <th scope="col">{tp.joinedColumn}</th>
                      <th scope="col" className={styles.numeric}>
                        {tp.bookedColumn}
                      </th>
                      <th scope="col" className={styles.numeric}>
                        {tp.attendedColumn}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {pupils.map((pupil) => (
                      <tr key={pupil.youthId}>
                        <th scope="row">
                          <Link
                            className="ds-link"
                            href={`${PATH}/${encodeURIComponent(pupil.youthId)}`}
                            // Opening the page is audited: never on a prefetch.
                            prefetch={false}
                          >
                            {pupil.displayName}
                          </Link>
                        </th>
                        <td>{formatInstant(pupil.joinedAt, locale)}</td>
                        <td className={styles.numeric}>{pupil.daysBooked}</td>
                        <td className={styles.numeric}>{pupil.daysAttended}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
