import type { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { formatInstantDay } from '@/lib/format';
import type { PlanCommentView, PlanVersionView } from './plan-operations';

/** The notes on the plan, oldest first (server-rendered: no script). */
export function PlanComments({
  comments,
  locale,
  t,
}: {
  comments: readonly PlanCommentView[];
  locale: Locale;
  t: Dictionary['plan'];
}) {
  if (comments.length === 0) return <p className="ds-paragraph muted">{t.noComments}</p>;
  return (
    <ol className="ds-list" data-testid="plan-comments">
      {comments.map((comment) => (
        <li key={comment.id}>
          <p className="ds-paragraph" data-size="sm">
            <strong>
              {comment.mine
                ? t.you
                : interpolate(t.byline, {
                    name: comment.authorName,
                    role: comment.authorRoleLabel,
                  })}
            </strong>{' '}
            <span className="muted">{formatInstantDay(comment.createdAt, locale)}</span>
          </p>
          <p className="ds-paragraph prewrap">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** Every version of the plan, newest first: what changed, who, when. */
export function PlanTimeline({
  versions,
  locale,
  t,
}: {
  versions: readonly PlanVersionView[];
  locale: Locale;
  t: Dictionary['plan'];
}) {
  return (
    <ol className="ds-list" reversed data-testid="plan-timeline">
      {versions.map((version) => (
        <li key={version.version} value={version.version}>
          <p className="ds-paragraph" data-size="sm">
            {version.summary}
          </p>
          <p className="ds-paragraph muted" data-size="xs">
            {interpolate(t.byline, {
              name: version.changedByName,
              role: version.changedByRoleLabel,
            })}
            {' · '}
            {formatInstantDay(version.createdAt, locale)}
            {' · '}
            {interpolate(t.version, { version: version.version })}
          </p>
        </li>
      ))}
    </ol>
  );
}
