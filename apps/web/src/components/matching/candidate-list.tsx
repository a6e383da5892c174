import Link from 'next/link';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { RankedCandidate } from '@/lib/allocation-operations';

interface CandidateListProps {
  /** Null when the API could not be asked: the page says so instead of showing nobody. */
  candidates: readonly RankedCandidate[] | null;
  /** What to say when nobody fits: the employer and the counsellor are told different things. */
  emptyText: string;
  t: Dictionary['candidates'];
  en: boolean;
  /** For a coordinator: where to propose this opportunity to one of their young people. */
  proposeHref?: (youthId: string) => string;
}

/**
 * Ranked candidates, best match first, each with the reasons in plain words and how long they
 * have waited; shared by the employer's and the counsellor's candidate pages.
 */
export function CandidateList({
  candidates,
  emptyText,
  t: c,
  en,
  proposeHref,
}: CandidateListProps) {
  if (candidates === null) {
    return (
      <div className="ds-alert" data-color="warning">
        <p className="ds-paragraph">{c.unavailable}</p>
      </div>
    );
  }
  if (candidates.length === 0) return <p className="ds-paragraph">{emptyText}</p>;
  return (
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
          {proposeHref ? (
            <p className="ds-paragraph">
              <Link className="ds-link" href={proposeHref(candidate.youthId)}>
                {interpolate(c.proposeLink, { name: candidate.displayName })}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
