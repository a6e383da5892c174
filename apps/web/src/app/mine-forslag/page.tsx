import type { Metadata } from 'next';
import Link from 'next/link';
import {
  APPLICATION_SHARED_FIELDS,
  isProposalDeclineReason,
  Locale,
  PROPOSAL_DECLINE_REASONS,
  proposalDeclineLabel,
} from '@akselerator/domain';
import { AnswerProposal } from '@/components/counselling/proposals/answer-proposal';
import {
  MY_PROPOSALS_QUERY,
  type Proposal,
} from '@/components/counselling/proposals/proposal-operations';
import { ProposalStatusTag } from '@/components/counselling/proposals/proposal-status-tag';
import type { CheckboxChoice } from '@/components/forms/plain-fields';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatInstantDay } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { requireYouth } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/mine-forslag';

/** A new or withdrawn proposal, or the employer's answer: read the list again, no reload. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'PROPOSAL_RECEIVED',
  'PROPOSAL_WITHDRAWN',
  'PROPOSAL_EMPLOYER_ANSWERED',
  'PROPOSAL_PLACED',
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.proposals.youth.metaTitle };
}

function ProposalCard({
  proposal,
  locale,
  t,
  shareChoices,
  reasonChoices,
}: {
  proposal: Proposal;
  locale: Locale;
  t: Dictionary;
  shareChoices: CheckboxChoice[];
  reasonChoices: CheckboxChoice[];
}) {
  const p = t.proposals;
  const y = p.youth;
  const { opportunity } = proposal;
  const headingId = `my-proposal-${proposal.id}`;
  const from = proposal.counsellorName
    ? proposal.counsellorOrganisation
      ? interpolate(p.common.byAt, {
          name: proposal.counsellorName,
          organisation: proposal.counsellorOrganisation,
        })
      : interpolate(p.common.by, { name: proposal.counsellorName })
    : null;
  const sharedLabels = shareChoices
    .filter((choice) => proposal.sharedFields.includes(choice.code))
    .map((choice) => choice.label);
  const reason =
    proposal.declineReason && isProposalDeclineReason(proposal.declineReason)
      ? proposalDeclineLabel(proposal.declineReason, locale)
      : null;
  const employer = opportunity.employer.name;
  const answered = ['ACCEPTED', 'EMPLOYER_ACCEPTED', 'EMPLOYER_DECLINED', 'PLACED'].includes(
    proposal.status,
  );
  return (
    <article
      className="ds-card stack"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="my-proposal"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
            {opportunity.title}
          </Link>
        </h2>
        <ProposalStatusTag status={proposal.status} locale={locale} statusWord={p.common.status} />
      </div>
      <p className="ds-paragraph" data-size="sm">
        {t.kinds[opportunity.kind]} · {employer} · {opportunity.address.postalPlace}
      </p>
      <p className="ds-paragraph muted" data-size="sm">
        {from ? `${from} · ` : null}
        {formatInstantDay(proposal.createdAt, locale)}
      </p>
      <div className="stack">
        <p className="ds-paragraph" data-size="sm">
          <strong>{y.messageLabel}:</strong>
        </p>
        <blockquote className="ds-paragraph">{proposal.message}</blockquote>
      </div>
      {answered ? (
        <p className="ds-paragraph" data-size="sm">
          {sharedLabels.length > 0
            ? interpolate(y.shared, { fields: sharedLabels.join(', ') })
            : y.sharedNothing}
        </p>
      ) : null}
      {reason ? (
        <p className="ds-paragraph" data-size="sm">
          <strong>{p.common.declineReason}:</strong> {reason}
        </p>
      ) : null}
      {proposal.status === 'EMPLOYER_ACCEPTED' || proposal.status === 'PLACED' ? (
        <div className="ds-alert" data-color="success">
          <p className="ds-paragraph">
            {proposal.status === 'PLACED' ? y.placed : interpolate(y.employerSaidYes, { employer })}
          </p>
        </div>
      ) : null}
      {proposal.status === 'EMPLOYER_DECLINED' ? (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">{interpolate(y.employerSaidNo, { employer })}</p>
        </div>
      ) : null}
      {proposal.employerMessage ? (
        <p className="ds-paragraph" data-size="sm">
          <strong>{p.common.employerAnswer}:</strong> {proposal.employerMessage}
        </p>
      ) : null}
      <AnswerProposal
        proposalId={proposal.id}
        open={proposal.status === 'PROPOSED'}
        title={opportunity.title}
        shareChoices={shareChoices}
        reasonChoices={reasonChoices}
        t={p}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

/**
 * Forslag til meg: what the young person's counsellor proposed, with the personal message; say yes
 * (choosing exactly what the employer may see) or no (with an optional reason), then follow the
 * status. New proposals and the employer's answers appear without a reload.
 */
export default async function MyProposalsPage() {
  await requireYouth(PATH);
  const [{ locale, t }, proposals] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'myProposals',
      async () => (await graphqlServer(MY_PROPOSALS_QUERY)).myProposals,
      null,
    ),
  ]);
  const y = t.proposals.youth;
  const en = locale === Locale.EN;
  const shareChoices: CheckboxChoice[] = APPLICATION_SHARED_FIELDS.map((field) => ({
    code: field.code,
    label: en ? field.labelEn : field.label,
  }));
  const reasonChoices: CheckboxChoice[] = PROPOSAL_DECLINE_REASONS.map((reason) => ({
    code: reason,
    label: proposalDeclineLabel(reason, locale),
  }));
  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <h1 className="ds-heading" data-size="lg">
        {y.title}
      </h1>
      <p className="ds-paragraph lead">{y.intro}</p>
      {proposals === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.proposals.common.unavailable}</p>
        </div>
      ) : proposals.length === 0 ? (
        <p className="ds-paragraph" data-testid="no-proposals">
          {y.empty}
        </p>
      ) : (
        <ul className="application-list" aria-label={y.title}>
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <ProposalCard
                proposal={proposal}
                locale={locale}
                t={t}
                shareChoices={shareChoices}
                reasonChoices={reasonChoices}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
