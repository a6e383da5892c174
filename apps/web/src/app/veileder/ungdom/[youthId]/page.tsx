import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import {
  ADAPTATIONS,
  Locale,
  MILESTONE_OWNERS,
  NO_HEALTH_DATA_NOTE,
  STRENGTHS,
  todayInOslo,
} from '@akselerator/domain';
import { FollowUpSection } from '@/components/counselling/follow-up/follow-up-section';
import { FOLLOW_UP_OF_QUERY } from '@/components/counselling/follow-up/follow-up-operations';
import { MappingForm } from '@/components/counselling/plan/mapping-form';
import { MilestoneForm } from '@/components/counselling/plan/milestone-form';
import { MilestoneItem } from '@/components/counselling/plan/milestone-item';
import { PlanNotesAndHistory } from '@/components/counselling/plan/plan-notes-and-history';
import { PlanGoalForm } from '@/components/counselling/plan/plan-goal-form';
import { PLAN_PAGE_QUERY } from '@/components/counselling/plan/plan-operations';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatLongDate } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

/** The young person marked a milestone or commented: show it without a reload. */
const LIVE_KINDS: readonly NotificationKindName[] = ['PLAN_CHANGED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The young person's name never goes into the title (browser history, shared screens).
  return { title: t.plan.pageMetaTitle, robots: { index: false } };
}

function choices(
  table: readonly { code: string; label: string; labelEn: string }[],
  locale: Locale,
): { code: string; label: string }[] {
  return table.map((item) => ({
    code: item.code,
    label: locale === Locale.EN ? item.labelEn : item.label,
  }));
}

/**
 * "Plan og kartlegging": the strength-based mapping, the plan with its milestones, notes and the
 * timeline of every change. Reading is audited (VIEW_PLAN) by the API; the frame (layout) has
 * already turned away anyone who is not the young person's coordinator.
 */
export default async function YouthPlanPage({ params }: { params: Promise<{ youthId: string }> }) {
  const { youthId } = await params;
  const path = `/veileder/ungdom/${encodeURIComponent(youthId)}`;
  await requireCounsellor(path);
  const { locale, t } = await getI18n();
  const tp = t.plan;
  const [data, followUp] = await Promise.all([
    querySignedIn(
      path,
      'plan',
      async () => {
        try {
          return await graphqlServer(PLAN_PAGE_QUERY, { youthId });
        } catch (error) {
          if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
          throw error;
        }
      },
      'unavailable' as const,
    ),
    // Only the follow-up part fails quietly: the section is left out rather than shown wrong.
    querySignedIn(
      path,
      'followUpOf',
      async () => (await graphqlServer(FOLLOW_UP_OF_QUERY, { youthId })).followUpOf,
      'unavailable' as const,
    ),
  ]);
  if (data === null) notFound();
  if (data === 'unavailable') {
    return (
      <div className="ds-alert" data-color="warning">
        <p className="ds-paragraph">{tp.unavailable}</p>
      </div>
    );
  }

  const { plan, strengthMapping } = data;
  const ownerChoices = choices(MILESTONE_OWNERS, locale);

  return (
    <div className="stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <section className="stack" aria-labelledby="plan-heading" data-testid="plan-section">
        <h2 className="ds-heading" data-size="md" id="plan-heading">
          {tp.planHeading}
        </h2>
        <p className="ds-paragraph">{plan ? tp.planIntro : tp.noPlanYet}</p>
        {plan ? (
          <p className="ds-paragraph muted" data-size="sm">
            {interpolate(tp.version, { version: plan.version })}
          </p>
        ) : null}
        <PlanGoalForm
          youthId={youthId}
          plan={plan ? { goal: plan.goal, startsOn: plan.startsOn } : null}
          today={todayInOslo(new Date())}
          t={tp}
        />
      </section>

      {plan ? (
        <>
          <section className="stack" aria-labelledby="milestones-heading">
            <h2 className="ds-heading" data-size="sm" id="milestones-heading">
              {tp.milestonesHeading}
            </h2>
            {plan.milestones.length === 0 ? (
              <p className="ds-paragraph muted">{tp.noMilestones}</p>
            ) : (
              <ol className="ds-list stack" data-testid="milestones">
                {plan.milestones.map((milestone) => (
                  <li key={milestone.id} data-testid="milestone">
                    <MilestoneItem
                      youthId={youthId}
                      milestone={milestone}
                      startsOn={plan.startsOn}
                      dueText={formatLongDate(milestone.dueOn, locale)}
                      ownerChoices={ownerChoices}
                      t={tp}
                    />
                  </li>
                ))}
              </ol>
            )}
            <details className="ds-details">
              <summary>{tp.addMilestoneHeading}</summary>
              <MilestoneForm
                youthId={youthId}
                startsOn={plan.startsOn}
                ownerChoices={ownerChoices}
                t={tp}
              />
            </details>
          </section>

          <PlanNotesAndHistory plan={plan} idPrefix="" locale={locale} t={tp} />
        </>
      ) : null}

      <section className="stack" aria-labelledby="mapping-heading" data-testid="mapping-section">
        <h2 className="ds-heading" data-size="md" id="mapping-heading">
          {tp.mappingHeading}
        </h2>
        <p className="ds-paragraph">{tp.mappingIntro}</p>
        <MappingForm
          youthId={youthId}
          mapping={strengthMapping}
          strengthChoices={choices(STRENGTHS, locale)}
          adaptationChoices={choices(ADAPTATIONS, locale)}
          noHealthNote={locale === Locale.EN ? NO_HEALTH_DATA_NOTE.en : NO_HEALTH_DATA_NOTE.nb}
          t={tp}
        />
      </section>

      {followUp === 'unavailable' ? null : (
        <FollowUpSection youthId={youthId} status={followUp} locale={locale} t={t.followUp} />
      )}
    </div>
  );
}
