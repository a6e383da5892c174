import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { CommentForm } from './comment-form';
import { PlanComments, PlanTimeline } from './plan-history';
import type { PlanView } from './plan-operations';

/**
 * The notes on the plan (read and write) and the timeline of every change: the same for the young
 * person and the coordinator, each page with its own heading ids.
 */
export function PlanNotesAndHistory({
  plan,
  idPrefix,
  locale,
  t,
}: {
  plan: Pick<PlanView, 'id' | 'comments' | 'versions'>;
  idPrefix: string;
  locale: Locale;
  t: Dictionary['plan'];
}) {
  return (
    <>
      <section className="stack" aria-labelledby={`${idPrefix}comments-heading`}>
        <h2 className="ds-heading" data-size="sm" id={`${idPrefix}comments-heading`}>
          {t.commentsHeading}
        </h2>
        <PlanComments comments={plan.comments} locale={locale} t={t} />
        <CommentForm planId={plan.id} t={t} />
      </section>

      <section className="stack" aria-labelledby={`${idPrefix}timeline-heading`}>
        <h2 className="ds-heading" data-size="sm" id={`${idPrefix}timeline-heading`}>
          {t.timelineHeading}
        </h2>
        <p className="ds-paragraph muted" data-size="sm">
          {t.timelineIntro}
        </p>
        <PlanTimeline versions={plan.versions} locale={locale} t={t} />
      </section>
    </>
  );
}
