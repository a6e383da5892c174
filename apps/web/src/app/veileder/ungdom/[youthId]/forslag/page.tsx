import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isProposalDeclineReason, Locale, proposalDeclineLabel } from '@akselerator/domain';
import { ProposalActions } from '@/components/counselling/proposals/proposal-actions';
import {
  CHOSEN_OPPORTUNITY_QUERY,
  COUNSELLOR_PROPOSALS_QUERY,
  type OpportunitySummary,
  type Proposal,
} from '@/components/counselling/proposals/proposal-operations';
import { ProposalStatusTag } from '@/components/counselling/proposals/proposal-status-tag';
import { ProposeForm } from '@/components/counselling/proposals/propose-form';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { requireCounsellor } from '@/components/school/require-counsellor';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatInstantDay } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

interface PageProps {
  params: Promise<{ youthId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The young person or the employer answered: read the statuses again, no reload. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'PROPOSAL_ANSWERED',
  'PROPOSAL_EMPLOYER_ANSWERED',
  'PROPOSAL_PLACED',
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.proposals.counsellor.metaTitle };
}

async function load(path: string, youthId: string) {
  return querySignedIn(
    path,
    'counsellorProposals',
    async () => {
      try {
        return await graphqlServer(COUNSELLOR_PROPOSALS_QUERY, { youthId });
      } catch (error) {
        // Not followed by this counsellor answers exactly like an unknown young person.
        if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') notFound();
        throw error;
      }
    },
    null,
  );
}

/** A published opportunity the counsellor picked (`?mulighet=`), or null. */
async function loadChosen(id: string | undefined): Promise<OpportunitySummary | 'closed' | null> {
  if (!id) return null;
  if (!UUID.test(id)) return 'closed';
  try {
    const { opportunity } = await graphqlServer(CHOSEN_OPPORTUNITY_QUERY, { id });
    return opportunity?.status === 'PUBLISHED' ? opportunity : 'closed';
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return 'closed';
    throw error;
  }
}

function SentProposal({
  proposal,
  youthName,
  locale,
  t,
}: {
  proposal: Proposal;
  youthName: string;
  locale: Locale;
  t: Dictionary;
}) {
  const p = t.proposals;
  const c = p.counsellor;
  const title = proposal.opportunity.title;
  const headingId = `proposal-${proposal.id}`;
  const reason =
    proposal.declineReason && isProposalDeclineReason(proposal.declineReason)
      ? proposalDeclineLabel(proposal.declineReason, locale)
      : null;
  return (
    <article
      className="ds-card stack"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="sent-proposal"
    >
      <div className="own-card__head">
        <h3 className="ds-heading" data-size="xs" id={headingId}>
          <Link
            className="ds-link"
            href={`/muligheter/${encodeURIComponent(proposal.opportunity.id)}`}
          >
            {title}
          </Link>
        </h3>
        <ProposalStatusTag status={proposal.status} locale={locale} statusWord={p.common.status} />
      </div>
      <p className="ds-paragraph" data-size="sm">
        {t.kinds[proposal.opportunity.kind]} · {proposal.opportunity.employer.name} ·{' '}
        {interpolate(p.common.sentOn, { date: formatInstantDay(proposal.createdAt, locale) })}
        {proposal.counsellorName
          ? ` · ${interpolate(p.common.by, { name: proposal.counsellorName })}`
          : null}
      </p>
      <blockquote className="ds-paragraph" data-size="sm">
        {proposal.message}
      </blockquote>
      {reason ? (
        <p className="ds-paragraph" data-size="sm">
          <strong>{p.common.declineReason}:</strong> {reason}
        </p>
      ) : null}
      {proposal.youthNote ? (
        <p className="ds-paragraph" data-size="sm">
          <strong>{p.common.youthNote}:</strong> {proposal.youthNote}
        </p>
      ) : null}
      {proposal.employerMessage ? (
        <p className="ds-paragraph" data-size="sm">
          <strong>{p.common.employerAnswer}:</strong> {proposal.employerMessage}
        </p>
      ) : null}
      <ProposalActions
        proposalId={proposal.id}
        withdrawLabel={proposal.status === 'PROPOSED' ? c.withdraw : null}
        withdrawAria={interpolate(c.withdrawAria, { title })}
        placeLabel={
          proposal.status === 'EMPLOYER_ACCEPTED'
            ? interpolate(c.markPlaced, { name: youthName })
            : null
        }
        doneWithdrawn={interpolate(c.withdrawn, { title })}
        donePlaced={c.placed}
        t={p}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

/**
 * Forslag: the coordinator's (or school counsellor's) view of one young person — ranked
 * opportunities with the reasons and a "Foreslå" form each, and the proposals with their status,
 * refreshed live when the young person or the employer answers.
 */
export default async function YouthProposalsPage({ params, searchParams }: PageProps) {
  const [{ youthId }, query] = await Promise.all([params, searchParams]);
  const path = `/veileder/ungdom/${encodeURIComponent(youthId)}/forslag`;
  await requireCounsellor(path);
  const chosenId = Array.isArray(query.mulighet) ? query.mulighet[0] : query.mulighet;
  const [{ locale, t }, data, chosen] = await Promise.all([
    getI18n(),
    load(path, youthId),
    loadChosen(chosenId),
  ]);
  const p = t.proposals;
  const c = p.counsellor;
  const en = locale === Locale.EN;
  if (data === null) {
    return (
      <div className="ds-alert" data-color="warning">
        <p className="ds-paragraph">{p.common.unavailable}</p>
      </div>
    );
  }
  const { opportunitiesForYouth: ranked, proposalsForYouth: proposals } = data;
  const name = ranked.youthName;
  const apiMessagesFit = locale === Locale.NB;
  const openlyProposed = new Set(
    proposals
      .filter((proposal) => ['PROPOSED', 'ACCEPTED', 'EMPLOYER_ACCEPTED'].includes(proposal.status))
      .map((proposal) => proposal.opportunity.id),
  );
  const proposeForm = (
    opportunity: OpportunitySummary,
    alreadyProposed: boolean,
    open: boolean,
  ) => (
    <ProposeForm
      youthId={ranked.youthId}
      youthName={name}
      opportunityId={opportunity.id}
      title={opportunity.title}
      alreadyProposed={alreadyProposed || openlyProposed.has(opportunity.id)}
      open={open}
      idPrefix={open ? 'chosen' : 'ranked'}
      t={p}
      apiMessagesFit={apiMessagesFit}
    />
  );
  return (
    <div className="stack-lg" data-testid="counsellor-proposals">
      <LiveRefresh kinds={LIVE_KINDS} />
      <p className="ds-paragraph lead">{interpolate(c.intro, { name })}</p>

      {chosen ? (
        <section className="stack" aria-labelledby="chosen-heading" data-testid="chosen">
          <h2 className="ds-heading" data-size="md" id="chosen-heading">
            {c.chosenHeading}
          </h2>
          {chosen === 'closed' ? (
            <div className="ds-alert" data-color="warning">
              <p className="ds-paragraph">{c.chosenClosed}</p>
            </div>
          ) : (
            <div className="ds-card stack" data-color="neutral">
              <h3 className="ds-heading" data-size="xs">
                <Link className="ds-link" href={`/muligheter/${encodeURIComponent(chosen.id)}`}>
                  {chosen.title}
                </Link>
              </h3>
              <p className="ds-paragraph" data-size="sm">
                {t.kinds[chosen.kind]} · {chosen.employer.name} · {chosen.address.postalPlace}
              </p>
              {proposeForm(chosen, false, true)}
            </div>
          )}
        </section>
      ) : null}

      <section className="stack" aria-labelledby="sent-heading">
        <h2 className="ds-heading" data-size="md" id="sent-heading">
          {c.proposalsHeading}
        </h2>
        <p className="ds-paragraph muted" data-size="sm">
          {c.liveHint}
        </p>
        {proposals.length === 0 ? (
          <p className="ds-paragraph">{c.proposalsEmpty}</p>
        ) : (
          <ul className="stack" aria-labelledby="sent-heading">
            {proposals.map((proposal) => (
              <li key={proposal.id}>
                <SentProposal proposal={proposal} youthName={name} locale={locale} t={t} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="ranked-heading">
        <h2 className="ds-heading" data-size="md" id="ranked-heading">
          {c.rankedHeading}
        </h2>
        <p className="ds-paragraph" data-testid="ranking-basis">
          {interpolate(c.basis[ranked.basis], { name })}
        </p>
        {ranked.items.length === 0 ? (
          <p className="ds-paragraph">{c.rankedEmpty}</p>
        ) : (
          <ol className="stack" aria-labelledby="ranked-heading" data-testid="ranked-opportunities">
            {ranked.items.map((item) => {
              const { opportunity } = item;
              const headingId = `ranked-${opportunity.id}`;
              return (
                <li
                  key={opportunity.id}
                  className="ds-card stack"
                  data-color="neutral"
                  data-testid="ranked-opportunity"
                >
                  <h3 className="ds-heading" data-size="xs" id={headingId}>
                    <Link
                      className="ds-link"
                      href={`/muligheter/${encodeURIComponent(opportunity.id)}`}
                    >
                      {opportunity.title}
                    </Link>{' '}
                    <span className="ds-tag" data-color="neutral">
                      {interpolate(p.common.match, {
                        percent: String(Math.round(item.score * 100)),
                      })}
                    </span>
                  </h3>
                  <p className="ds-paragraph" data-size="sm">
                    {t.kinds[opportunity.kind]} · {opportunity.employer.name} ·{' '}
                    {opportunity.address.postalPlace}
                  </p>
                  <ul className="cluster" aria-label={p.common.reasonsLabel}>
                    {item.reasons.map((reason) => (
                      <li key={reason.code} className="ds-tag" data-color="info">
                        {en ? reason.textEn : reason.text}
                      </li>
                    ))}
                  </ul>
                  {proposeForm(opportunity, item.alreadyProposed, false)}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
