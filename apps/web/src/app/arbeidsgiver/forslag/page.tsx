import type { Metadata } from 'next';
import Link from 'next/link';
import { findAdaptation, findStrength, Locale } from '@akselerator/domain';
import { EmployerAnswer } from '@/components/counselling/proposals/employer-answer';
import { ProposalActions } from '@/components/counselling/proposals/proposal-actions';
import {
  EMPLOYER_PROPOSALS_QUERY,
  type Candidate,
  type EmployerProposal,
} from '@/components/counselling/proposals/proposal-operations';
import { ProposalStatusTag } from '@/components/counselling/proposals/proposal-status-tag';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatInstantDay } from '@/lib/format';
import { programmeLabel, tradeLabel } from '@/lib/labels';
import { graphqlServer } from '@/lib/graphql-server';
import { requireEmployer } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/arbeidsgiver/forslag';

/** A young person said yes to a proposal for one of the places: read the list again. */
const LIVE_KINDS: readonly NotificationKindName[] = ['PROPOSAL_FOR_EMPLOYER'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.proposals.employer.metaTitle };
}

/** The shared values in words; a field that was not shared is simply not listed. */
function sharedRows(candidate: Candidate, locale: Locale, e: Dictionary['proposals']['employer']) {
  const en = locale === Locale.EN;
  const label = (found: { label: string; labelEn: string } | undefined, code: string) =>
    found ? (en ? found.labelEn : found.label) : code;
  const rows: [string, string][] = [];
  if (candidate.email) rows.push([e.fields.email, candidate.email]);
  if (candidate.age !== null)
    rows.push([e.fields.age, interpolate(e.fields.ageYears, { age: String(candidate.age) })]);
  if (candidate.homeMunicipalityName)
    rows.push([e.fields.municipality, candidate.homeMunicipalityName]);
  const interests = [
    ...(candidate.programmeCodes ?? []).map((code) => programmeLabel(code, locale)),
    ...(candidate.tradeCodes ?? []).map((code) => tradeLabel(code, locale)),
  ];
  if (interests.length > 0) rows.push([e.fields.interests, interests.join(', ')]);
  if (candidate.strengths?.length)
    rows.push([
      e.fields.strengths,
      candidate.strengths.map((code) => label(findStrength(code), code)).join(', '),
    ]);
  if (candidate.adaptationsNeeded?.length)
    rows.push([
      e.fields.adaptations,
      candidate.adaptationsNeeded.map((code) => label(findAdaptation(code), code)).join(', '),
    ]);
  return rows;
}

function CandidateCard({
  proposal,
  locale,
  t,
}: {
  proposal: EmployerProposal;
  locale: Locale;
  t: Dictionary;
}) {
  const p = t.proposals;
  const e = p.employer;
  const headingId = `candidate-${proposal.id}`;
  const rows = sharedRows(proposal.candidate, locale, e);
  const from = proposal.counsellorName
    ? proposal.counsellorOrganisation
      ? interpolate(p.common.byAt, {
          name: proposal.counsellorName,
          organisation: proposal.counsellorOrganisation,
        })
      : interpolate(p.common.by, { name: proposal.counsellorName })
    : null;
  return (
    <article
      className="ds-card stack"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="employer-candidate"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          {proposal.candidate.name ?? e.anonymous}
        </h2>
        <ProposalStatusTag status={proposal.status} locale={locale} statusWord={p.common.status} />
      </div>
      <p className="ds-paragraph" data-size="sm">
        {e.forPlace}:{' '}
        <Link
          className="ds-link"
          href={`/muligheter/${encodeURIComponent(proposal.opportunity.id)}`}
        >
          {proposal.opportunity.title}
        </Link>{' '}
        ({t.kinds[proposal.opportunity.kind]})
      </p>
      <p className="ds-paragraph muted" data-size="sm">
        {from ? `${from} · ` : null}
        {formatInstantDay(proposal.answeredAt, locale)}
      </p>
      <section className="stack" aria-labelledby={`${headingId}-shared`}>
        <h3 className="ds-heading" data-size="2xs" id={`${headingId}-shared`}>
          {e.sharedHeading}
        </h3>
        {rows.length === 0 && !proposal.candidate.name ? (
          <p className="ds-paragraph" data-size="sm">
            {e.nothingShared}
          </p>
        ) : (
          <dl className="ds-paragraph" data-size="sm">
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt>
                  <strong>{term}</strong>
                </dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {proposal.employerMessage ? (
        <p className="ds-paragraph" data-size="sm">
          <strong>{p.common.employerAnswer}:</strong> {proposal.employerMessage}
        </p>
      ) : null}
      <EmployerAnswer
        proposalId={proposal.id}
        open={proposal.status === 'ACCEPTED'}
        t={p}
        apiMessagesFit={locale === Locale.NB}
      />
      <ProposalActions
        proposalId={proposal.id}
        withdrawLabel={null}
        withdrawAria=""
        placeLabel={proposal.status === 'EMPLOYER_ACCEPTED' ? e.markPlaced : null}
        doneWithdrawn=""
        donePlaced={e.placedDone}
        t={p}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

/**
 * Kandidater fra veiledere: young people a counsellor proposed for the employer's places who said
 * yes, with exactly what each chose to share; the employer answers yes or no with a message, and
 * marks a placement. New candidates appear without a reload.
 */
export default async function EmployerProposalsPage() {
  await requireEmployer(PATH);
  const [{ locale, t }, proposals] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'employerProposals',
      async () => (await graphqlServer(EMPLOYER_PROPOSALS_QUERY)).employerProposals,
      null,
    ),
  ]);
  const e = t.proposals.employer;
  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <h1 className="ds-heading" data-size="lg">
        {e.title}
      </h1>
      <p className="ds-paragraph lead">{e.intro}</p>
      {proposals === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.proposals.common.unavailable}</p>
        </div>
      ) : proposals.length === 0 ? (
        <p className="ds-paragraph" data-testid="no-candidates">
          {e.empty}
        </p>
      ) : (
        <ul className="application-list" aria-label={e.title}>
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <CandidateCard proposal={proposal} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
