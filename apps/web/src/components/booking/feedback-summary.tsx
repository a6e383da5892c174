import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { BookingFeedback } from '@/lib/api-types';

/** Both sides' feedback after an attended day, once given: "Du sa: 4 av 5 – …". */
export function FeedbackSummary({
  entries,
  t,
}: {
  entries: { label: string; feedback: BookingFeedback | null }[];
  t: Dictionary['aftercare'];
}) {
  const given = entries.filter(
    (entry): entry is { label: string; feedback: BookingFeedback } => entry.feedback !== null,
  );
  if (given.length === 0) return null;
  return (
    <dl className="feedback-list ds-paragraph" data-size="sm" data-testid="feedback">
      {given.map(({ label, feedback }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {interpolate(t.rating, { rating: feedback.rating })}
            {feedback.comment ? ` – «${feedback.comment}»` : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
