import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Locale } from '@akselerator/domain';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { RANKED_CANDIDATES_QUERY } from '@/lib/allocation-operations';
import { graphqlServer } from '@/lib/graphql-server';
import { loadOwnOpportunity } from '@/lib/own-opportunity';
import { requireEmployer } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.candidates.metaTitle };
}

/**
 * The employer's candidate list for one of its opportunities: young people who agreed to be
 * proposed, best match first, each with the reasons in plain words and how long they have waited.
 */
export default async function CandidatesPage({ params }: PageProps) {
  const { id } = await params;
  const path = `/arbeidsgiver/${encodeURIComponent(id)}/kandidater`;
  const viewer = await requireEmployer(path);
  const [{ locale, t }, opportunity, candidates] = await Promise.all([
    getI18n(),
    loadOwnOpportunity(id, path),
    querySignedIn(
      path,
      'rankedCandidates',
      async () =>
        (await graphqlServer(RANKED_CANDIDATES_QUERY, { opportunityId: id })).rankedCandidates,
      null,
    ),
  ]);
  const c = t.candidates;
  if (opportunity === null) notFound();
  if (opportunity && opportunity.employer.id !== viewer.employer?.id) notFound();
  const en = locale === Locale.EN;
  return (
    <div className="container page stack-lg">
      <p className="ds-paragraph" data-size="sm">
        <Link className="ds-link" href="/arbeidsgiver">
          {c.back}
        </Link>
      </p>
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {opportunity ? interpolate(c.title, { title: opportunity.title }) : c.metaTitle}
        </h1>
        <p className="ds-paragraph lead">{c.intro}</p>
      </div>
      {candidates === null || opportunity === undefined ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{c.unavailable}</p>
        </div>
      ) : candidates.length === 0 ? (
        <p className="ds-paragraph">{c.empty}</p>
      ) : (
        <ol className="stack" aria-label={c.listLabel} data-testid="candidate-list">
          {candidates.map((candidate) => (
            <li key={candidate.youthId} className="ds-card stack" data-color="neutral">
              <h2 className="ds-heading" data-size="xs">
                {candidate.displayName}{' '}
                <span className="ds-tag" data-color="neutral">
                  {interpolate(c.match, { percent: String(Math.round(candidate.score * 100)) })}
                </span>
              </h2>
              <ul className="cluster" aria-label={c.reasonsLabel}>
                {candidate.reasons.map((reason) => (
                  <li key={reason.code} className="ds-tag" data-color="info">
                    {en ? reason.textEn : reason.text}
                  </li>
                ))}
              </ul>
              {candidate.daysWithoutOffer !== null ? (
                <p className="ds-paragraph">
                  {interpolate(c.waited, { days: String(candidate.daysWithoutOffer) })}{' '}
                  {candidate.pastEightWeeks ? (
                    <span className="ds-tag" data-color="warning">
                      {c.eightWeeks}
                    </span>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
