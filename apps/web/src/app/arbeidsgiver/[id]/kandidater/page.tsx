import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Locale } from '@akselerator/domain';
import { CandidateList } from '@/components/matching/candidate-list';
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
      <CandidateList
        candidates={opportunity === undefined ? null : candidates}
        emptyText={c.empty}
        t={c}
        en={en}
      />
    </div>
  );
}
