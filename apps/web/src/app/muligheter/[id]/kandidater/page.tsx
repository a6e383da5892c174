import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Locale, OpportunityStatus } from '@akselerator/domain';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { CandidateList } from '@/components/matching/candidate-list';
import { WhyMissing } from '@/components/matching/why-missing';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { RANKED_CANDIDATES_QUERY } from '@/lib/allocation-operations';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { OPPORTUNITY_DETAILS_QUERY } from '@/lib/opportunity-operations';
import { getCounsellorRole } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const firstValue = (value: string | string[] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.candidates.metaTitle };
}

async function loadPublished(id: string) {
  try {
    const { opportunity } = await graphqlServer(OPPORTUNITY_DETAILS_QUERY, { id });
    return opportunity?.status === OpportunityStatus.PUBLISHED ? opportunity : null;
  } catch (error) {
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT' || error.code === 'FORBIDDEN')
    ) {
      return null;
    }
    throw error;
  }
}

/**
 * The counsellor's candidate list for a published opportunity: only the young people the counsellor
 * follows (the API decides and logs each one), best match first, with the reasons in plain words.
 */
export default async function CounsellorCandidatesPage({ params, searchParams }: PageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const path = `/muligheter/${encodeURIComponent(id)}/kandidater`;
  await requireCounsellor(path);
  const opportunity = await loadPublished(id);
  if (!opportunity) notFound();
  const [{ locale, t }, counsellorRole, candidates] = await Promise.all([
    getI18n(),
    getCounsellorRole(),
    querySignedIn(
      path,
      'rankedCandidates',
      async () =>
        (await graphqlServer(RANKED_CANDIDATES_QUERY, { opportunityId: id })).rankedCandidates,
      null,
    ),
  ]);
  const c = t.candidates;
  const en = locale === Locale.EN;
  return (
    <div className="container page stack-lg">
      <p className="ds-paragraph" data-size="sm">
        <Link className="ds-link" href={`/muligheter/${encodeURIComponent(id)}`}>
          {c.counsellorBack}
        </Link>
      </p>
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {interpolate(c.title, { title: opportunity.title })}
        </h1>
        <p className="ds-paragraph lead">{c.counsellorIntro}</p>
      </div>
      <CandidateList
        candidates={candidates}
        emptyText={c.counsellorEmpty}
        t={c}
        en={en}
        proposeHref={
          // The coordinator's own young people have a page with the proposal form.
          counsellorRole === 'COORDINATOR' || counsellorRole === 'OFFICE_LEAD'
            ? (youthId) =>
                `/veileder/ungdom/${encodeURIComponent(youthId)}/forslag?mulighet=${encodeURIComponent(id)}`
            : undefined
        }
      />
      <WhyMissing
        opportunityId={id}
        path={path}
        open={firstValue(query.hvorfor) === '1'}
        selectedYouthId={firstValue(query.ungdom)}
        t={c}
        en={en}
      />
    </div>
  );
}
