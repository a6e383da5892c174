import Link from 'next/link';
import { COHORT_PUPILS_QUERY } from '@/components/identity/identity-operations';
import { MY_COHORTS_QUERY } from '@/components/school/school-operations';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { graphqlServer } from '@/lib/graphql-server';
import {
  MY_CASELOAD_NAMES_QUERY,
  WHY_NOT_RECOMMENDED_QUERY,
  type FollowedYouth,
} from '@/lib/matching-operations';
import { getCounsellorRole } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

interface WhyMissingProps {
  opportunityId: string;
  /** The candidate page's own path, which the form reloads with its answer. */
  path: string;
  open: boolean;
  selectedYouthId: string | null;
  t: Dictionary['candidates'];
  /** The API's reason is Norwegian; an English page marks it so. */
  en: boolean;
}

/** The young people the counsellor follows: a coordinator's caseload, or the newest cohort. */
async function followedYouths(path: string): Promise<FollowedYouth[]> {
  const role = await getCounsellorRole();
  if (role === 'COORDINATOR' || role === 'OFFICE_LEAD') {
    return querySignedIn(
      path,
      'myCaseload',
      async () => (await graphqlServer(MY_CASELOAD_NAMES_QUERY)).myCaseload,
      [],
    );
  }
  return querySignedIn(
    path,
    'cohortPupils',
    async () => {
      const { myCohorts } = await graphqlServer(MY_COHORTS_QUERY);
      // Newest school year first: this year's pupils.
      const newest = myCohorts.at(0);
      if (!newest) return [];
      const { cohortPupils } = await graphqlServer(COHORT_PUPILS_QUERY, { cohortId: newest.id });
      return (cohortPupils ?? []).map(({ youthId, displayName }) => ({ youthId, displayName }));
    },
    [],
  );
}

/**
 * "Someone missing?": the counsellor picks one of their young people and sees the filter that keeps
 * this opportunity from them, in plain words. A GET form, so it needs no script; the list of young
 * people is only fetched (and logged) once the counsellor asks.
 */
export async function WhyMissing({
  opportunityId,
  path,
  open,
  selectedYouthId,
  t,
  en,
}: WhyMissingProps) {
  if (!open) {
    return (
      <section className="stack" aria-labelledby="why-missing-heading" id="mangler">
        <h2 className="ds-heading" data-size="sm" id="why-missing-heading">
          {t.whyHeading}
        </h2>
        <p className="ds-paragraph">
          <Link className="ds-link" href={`${path}?hvorfor=1#mangler`} prefetch={false}>
            {t.whyOpen}
          </Link>
        </p>
      </section>
    );
  }
  const youths = await followedYouths(path);
  const selected = selectedYouthId
    ? (youths.find((youth) => youth.youthId === selectedYouthId) ?? null)
    : null;
  const reason = selected
    ? await querySignedIn(
        path,
        'whyNotRecommended',
        async () =>
          (
            await graphqlServer(WHY_NOT_RECOMMENDED_QUERY, {
              youthId: selected.youthId,
              opportunityId,
            })
          ).whyNotRecommended,
        null,
      )
    : null;
  return (
    <section className="stack" aria-labelledby="why-missing-heading" id="mangler">
      <h2 className="ds-heading" data-size="sm" id="why-missing-heading">
        {t.whyHeading}
      </h2>
      <p className="ds-paragraph">{t.whyIntro}</p>
      {youths.length === 0 ? (
        <p className="ds-paragraph">{t.whyNoYouths}</p>
      ) : (
        <form method="get" action={`${path}#mangler`} className="cluster">
          <input type="hidden" name="hvorfor" value="1" />
          <div className="ds-field">
            <label className="ds-label" htmlFor="why-youth">
              {t.whyYouthLabel}
            </label>
            <select
              className="ds-input"
              id="why-youth"
              name="ungdom"
              defaultValue={selected?.youthId ?? ''}
              required
            >
              <option value="" disabled>
                {t.whyChoose}
              </option>
              {youths.map((youth) => (
                <option key={youth.youthId} value={youth.youthId}>
                  {youth.displayName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {t.whyAsk}
          </button>
        </form>
      )}
      {selectedYouthId && !selected ? (
        <div className="ds-alert" data-color="warning" role="status">
          <p className="ds-paragraph">{t.whyUnknown}</p>
        </div>
      ) : null}
      {selected ? (
        <div
          className="ds-alert"
          data-color={reason ? 'info' : 'success'}
          role="status"
          data-testid="why-missing-answer"
        >
          {reason ? (
            <>
              <p className="ds-paragraph">
                {interpolate(t.whyFiltered, { name: selected.displayName })}
              </p>
              <p className="ds-paragraph" lang={en ? 'nb' : undefined}>
                <strong>{reason}</strong>
              </p>
            </>
          ) : (
            <p className="ds-paragraph">
              {interpolate(t.whyPasses, { name: selected.displayName })}
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
