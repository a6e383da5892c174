import type { Metadata } from 'next';
import Link from 'next/link';
import { ADAPTATIONS, Locale, MILESTONE_OWNERS, STRENGTHS } from '@akselerator/domain';
import { MilestoneDoneToggle } from '@/components/counselling/plan/milestone-done-toggle';
import { PlanNotesAndHistory } from '@/components/counselling/plan/plan-notes-and-history';
import {
  MY_PLAN_QUERY,
  type StrengthMappingView,
} from '@/components/counselling/plan/plan-operations';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatLongDate } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { requireYouth } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/min-plan';

/** The coordinator changed the plan, or a coordinator was found: read the page again. */
const LIVE_KINDS: readonly NotificationKindName[] = ['PLAN_CHANGED', 'INTAKE_ROUTED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.plan.myMetaTitle };
}

function labelsOf(
  codes: readonly string[],
  table: readonly { code: string; label: string; labelEn: string }[],
  locale: Locale,
): string[] {
  return codes.map((code) => {
    const found = table.find((item) => item.code === code);
    if (!found) return code;
    return locale === Locale.EN ? found.labelEn : found.label;
  });
}

/** The mapping in the young person's own words: only what has been filled in, read-only. */
function MyMapping({
  mapping,
  locale,
  t,
}: {
  mapping: StrengthMappingView;
  locale: Locale;
  t: Dictionary['plan'];
}) {
  const rows: [string, string][] = [
    [t.myInterests, mapping.interests.join(', ')],
    [t.myStrengths, labelsOf(mapping.strengths, STRENGTHS, locale).join(', ').toLocaleLowerCase()],
    [t.myAdaptations, labelsOf(mapping.adaptations, ADAPTATIONS, locale).join(', ')],
    [t.myDreams, mapping.dreams],
    [t.myWorkExperience, mapping.workExperience],
    [t.myGoals, mapping.goals],
  ];
  const filled = rows.filter(([, value]) => value.trim() !== '');
  if (filled.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="my-mapping-heading" data-testid="my-mapping">
      <h2 className="ds-heading" data-size="sm" id="my-mapping-heading">
        {t.myMappingHeading}
      </h2>
      <p className="ds-paragraph muted" data-size="sm">
        {t.myMappingIntro}
      </p>
      <dl className="stack">
        {filled.map(([label, value]) => (
          <div key={label}>
            <dt>
              <strong>{label}</strong>
            </dt>
            <dd className="prewrap" style={{ marginInlineStart: 0 }}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The young person's own plan: the goal, milestones to tick off (or undo), notes to and from the
 * coordinator, the history of every change, and the mapping in friendly words. Refreshes live
 * when the coordinator changes something. Without a plan: what happens next, and the way to a
 * coordinator for those who have none.
 */
export default async function MyPlanPage() {
  await requireYouth(PATH);
  const { locale, t } = await getI18n();
  const tp = t.plan;
  const data = await querySignedIn(
    PATH,
    'myPlan',
    async () => (await graphqlServer(MY_PLAN_QUERY)).myPlan,
    'unavailable' as const,
  );

  if (data === 'unavailable') {
    return (
      <div className="container page stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.myHeading}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{tp.myUnavailable}</p>
        </div>
      </div>
    );
  }

  const { plan, mapping, coordinatorName } = data;
  const ownerLabel = (code: string) => {
    const owner = MILESTONE_OWNERS.find((item) => (item.code as string) === code);
    if (!owner) return code;
    return locale === Locale.EN ? owner.youthLabelEn : owner.youthLabel;
  };

  return (
    <div className="container page stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.myHeading}
        </h1>
        <p className="ds-paragraph">{plan ? tp.myIntro : tp.myNoPlan}</p>
        {coordinatorName ? (
          <p className="ds-paragraph" data-testid="my-coordinator">
            {interpolate(tp.myCoordinator, { name: coordinatorName })}
          </p>
        ) : null}
        {coordinatorName ? (
          <nav aria-label={tp.myWithCoordinatorNav}>
            <ul className="cluster" style={{ listStyle: 'none', padding: 0 }}>
              <li>
                <Link className="ds-link" href="/mine-avtaler">
                  {tp.myAppointmentsLink}
                </Link>
              </li>
              <li>
                <Link className="ds-link" href="/mine-forslag">
                  {tp.myProposalsLink}
                </Link>
              </li>
            </ul>
          </nav>
        ) : null}
      </div>

      {!plan ? (
        <div className="ds-alert" data-color="info" data-testid="no-plan">
          {coordinatorName ? (
            <p className="ds-paragraph">
              {interpolate(tp.myNoPlanWithCoordinator, { name: coordinatorName })}
            </p>
          ) : (
            <div className="stack">
              <p className="ds-paragraph">{tp.myNoCoordinator}</p>
              <p className="ds-paragraph">
                <Link className="ds-button" data-variant="primary" href="/en-dor-inn">
                  {tp.getCoordinator}
                </Link>
              </p>
            </div>
          )}
        </div>
      ) : (
        <>
          <section className="stack" aria-labelledby="my-goal-heading" data-testid="my-goal">
            <h2 className="ds-heading" data-size="sm" id="my-goal-heading">
              {tp.myGoal}
            </h2>
            <p className="ds-paragraph" data-size="lg">
              {plan.goal}
            </p>
            <p className="ds-paragraph muted" data-size="sm">
              {interpolate(tp.myStarted, { date: formatLongDate(plan.startsOn, locale) })}
            </p>
          </section>

          <section className="stack" aria-labelledby="my-milestones-heading">
            <h2 className="ds-heading" data-size="sm" id="my-milestones-heading">
              {tp.myMilestonesHeading}
            </h2>
            {plan.milestones.length === 0 ? (
              <p className="ds-paragraph muted">{tp.noMilestones}</p>
            ) : (
              <ol className="ds-list stack" data-testid="milestones">
                {plan.milestones.map((milestone) => {
                  const done = milestone.doneAt !== null;
                  return (
                    <li key={milestone.id} data-testid="milestone">
                      <div className="stack">
                        <p className="ds-paragraph">
                          <strong>{milestone.title}</strong>{' '}
                          <span className="ds-tag" data-color={done ? 'success' : 'neutral'}>
                            {done ? tp.doneStatus : tp.openStatus}
                          </span>
                        </p>
                        <p className="ds-paragraph muted" data-size="sm">
                          {interpolate(tp.due, { date: formatLongDate(milestone.dueOn, locale) })} ·{' '}
                          {tp.owner}: {ownerLabel(milestone.owner)}
                        </p>
                        <MilestoneDoneToggle
                          milestoneId={milestone.id}
                          title={milestone.title}
                          done={done}
                          t={tp}
                        />
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>

          <PlanNotesAndHistory plan={plan} idPrefix="my-" locale={locale} t={tp} />
        </>
      )}

      {mapping ? <MyMapping mapping={mapping} locale={locale} t={tp} /> : null}
    </div>
  );
}
