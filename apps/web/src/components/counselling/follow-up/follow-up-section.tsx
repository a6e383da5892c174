import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { formatLongDate } from '@/lib/format';
import { FollowUpControls } from './follow-up-controls';
import type { FollowUpStatus } from './follow-up-operations';

/** "Oppfølging" on the coordinator's page for one young person: where the follow-up stands. */
export function FollowUpSection({
  youthId,
  status,
  locale,
  t,
}: {
  youthId: string;
  status: FollowUpStatus | null;
  locale: Locale;
  t: Dictionary['followUp'];
}) {
  return (
    <section className="stack" aria-labelledby="follow-up-heading" data-testid="follow-up-section">
      <h2 className="ds-heading" data-size="sm" id="follow-up-heading">
        {t.heading}
      </h2>
      {status ? (
        <p className="ds-paragraph" data-testid="follow-up-status">
          {status.completed
            ? interpolate(t.completed, { goal: t[`goal${status.goalKind}`] })
            : interpolate(t.ongoing, {
                goal: t[`goal${status.goalKind}`],
                date: formatLongDate(status.goalReachedAt.slice(0, 10), locale),
                ends: formatLongDate(status.followUpEndsOn, locale),
              })}{' '}
          {status.nextDueOn && !status.completed
            ? interpolate(t.nextReminder, { date: formatLongDate(status.nextDueOn, locale) })
            : null}
        </p>
      ) : (
        <p className="ds-paragraph">{t.intro}</p>
      )}
      <FollowUpControls youthId={youthId} goalReached={status !== null} t={t} />
    </section>
  );
}
