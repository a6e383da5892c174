import type { Metadata } from 'next';
import Link from 'next/link';
import { ADAPTATIONS, Locale, PROGRAMMES, STRENGTHS } from '@akselerator/domain';
import { YOUTH_OVERVIEW_QUERY } from '@/components/identity/identity-operations';
import {
  loggedPurpose,
  PUPIL_PURPOSES,
  pupilPurpose,
  type PupilPurpose,
} from '@/components/identity/pupil-purpose';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { PupilDaySection } from '@/components/school/pupil-day-section';
import styles from '@/components/school/school.module.css';
import type { Dictionary } from '@/i18n/dictionary';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // A pupil's name never goes into the title (browser history, shared screens).
  return { title: t.identity.pupil.metaTitle, robots: { index: false } };
}

function purposeText(purpose: PupilPurpose, t: Dictionary['identity']['pupil']): string {
  switch (purpose) {
    case 'oppfolging':
      return t.purposeFollowUp;
    case 'samtale':
      return t.purposeGuidance;
    case 'fordeling':
      return t.purposeAllocation;
  }
}

function labels(
  codes: readonly string[],
  table: readonly { code: string; label: string; labelEn: string }[],
  locale: Locale,
): string[] {
  return codes.map((code) => {
    const found = table.find((item) => item.code === code);
    if (!found) return code;
    return locale === Locale.EN ? found.labelEn : found.label;
  });
}

/**
 * A pupil's page for their school counsellor: class, coordinator, profile and days. Every opening
 * calls youthOverview, which writes one audit record with the counsellor's purpose; the pupil sees
 * it on /personvern. Another school's pupil, or an unknown id, answers "not found" alike.
 */
export default async function PupilOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ youthId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ youthId }, query] = await Promise.all([params, searchParams]);
  const path = `/skole/elever/${encodeURIComponent(youthId)}`;
  await requireCounsellor(path);
  const { locale, t } = await getI18n();
  const tp = t.identity.pupil;
  const purpose = pupilPurpose(query.formal);
  const overview = UUID.test(youthId)
    ? await querySignedIn(
        path,
        'youthOverview',
        async () =>
          (await graphqlServer(YOUTH_OVERVIEW_QUERY, { youthId, purpose: loggedPurpose(purpose) }))
            .youthOverview,
        'unavailable' as const,
      )
    : null;

  const back = (
    <p className="ds-paragraph">
      <Link className="ds-link" href="/skole/elever" prefetch={false}>
        {tp.back}
      </Link>
    </p>
  );

  if (overview === null || overview === 'unavailable') {
    return (
      <div className="container page stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.metaTitle}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{overview === null ? tp.notFound : tp.unavailable}</p>
        </div>
        {back}
      </div>
    );
  }

  const profile = overview.profile;
  const bookingRows: [string, number][] = [
    [tp.requested, overview.bookings.requested],
    [tp.confirmed, overview.bookings.confirmed],
    [tp.waitlisted, overview.bookings.waitlisted],
    [tp.attended, overview.bookings.attended],
    [tp.declined, overview.bookings.declined],
    [tp.cancelled, overview.bookings.cancelled],
    [tp.noShow, overview.bookings.noShow],
  ];
  const list = (items: string[]) =>
    items.length > 0 ? items.join(', ') : <span className="muted">{tp.none}</span>;

  return (
    <div className="container page stack-lg">
      <div className="stack">
        {back}
        <h1 className="ds-heading" data-size="lg" data-testid="pupil-name">
          {overview.displayName}
        </h1>
        <div className="ds-alert" data-color="info" data-testid="pupil-logged">
          <p className="ds-paragraph">{tp.loggedNotice}</p>
        </div>
        <form method="get" action={path} className={styles.toolbar}>
          <div className="ds-field">
            <label className="ds-label" htmlFor="pupil-purpose">
              {tp.purposeLabel}
            </label>
            <div data-field="description" id="pupil-purpose-description">
              {tp.purposeDescription}
            </div>
            <select
              className="ds-input"
              id="pupil-purpose"
              name="formal"
              defaultValue={purpose}
              aria-describedby="pupil-purpose-description"
            >
              {PUPIL_PURPOSES.map((option) => (
                <option key={option} value={option}>
                  {purposeText(option, tp)}
                </option>
              ))}
            </select>
          </div>
          <button className="ds-button" data-variant="secondary" type="submit">
            {tp.purposeSubmit}
          </button>
        </form>
      </div>

      <section className="stack" aria-labelledby="pupil-class-heading">
        <h2 className="ds-heading" data-size="sm" id="pupil-class-heading">
          {tp.classHeading}
        </h2>
        <dl className={styles.summary}>
          <dt>{tp.classHeading}</dt>
          <dd>
            {overview.schoolName && overview.cohortName
              ? `${overview.cohortName} (${overview.schoolYear ?? ''}), ${overview.schoolName}`
              : tp.noClass}
          </dd>
          <dt>{tp.coordinator}</dt>
          <dd>{overview.coordinatorName ?? tp.noCoordinator}</dd>
        </dl>
      </section>

      <section className="stack" aria-labelledby="pupil-profile-heading">
        <h2 className="ds-heading" data-size="sm" id="pupil-profile-heading">
          {tp.profileHeading}
        </h2>
        {profile ? (
          <dl className={styles.summary}>
            <dt>{tp.programmes}</dt>
            <dd>{list(labels(profile.programmeCodes, PROGRAMMES, locale))}</dd>
            <dt>{tp.trades}</dt>
            <dd>
              {list(
                labels(
                  profile.tradeCodes,
                  PROGRAMMES.flatMap((programme) => programme.trades),
                  locale,
                ),
              )}
            </dd>
            <dt>{tp.strengths}</dt>
            <dd>{list(labels(profile.strengths, STRENGTHS, locale))}</dd>
            <dt>{tp.kindsWanted}</dt>
            <dd>
              {list(
                profile.kindsWanted.map(
                  (kind) => (t.kinds as Record<string, string | undefined>)[kind] ?? kind,
                ),
              )}
            </dd>
            <dt>{tp.adaptations}</dt>
            <dd>{list(labels(profile.adaptationsNeeded, ADAPTATIONS, locale))}</dd>
          </dl>
        ) : (
          <p className="ds-paragraph">{tp.noProfile}</p>
        )}
      </section>

      <section className="stack" aria-labelledby="pupil-days-heading">
        <h2 className="ds-heading" data-size="sm" id="pupil-days-heading">
          {tp.bookingsHeading}
        </h2>
        <table className="ds-table" data-size="sm">
          <tbody>
            {bookingRows.map(([label, count]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className={styles.numeric}>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {overview.accessBasis === 'SCHOOL_COUNSELLOR' ? (
        <PupilDaySection
          youthId={overview.youthId}
          pupilName={overview.displayName}
          path={path}
          purpose={purpose}
          query={query}
        />
      ) : null}
    </div>
  );
}
