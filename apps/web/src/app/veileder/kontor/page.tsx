import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IntakeQuestion, intakeOptionLabel, type Locale } from '@akselerator/domain';
import {
  OFFICE_LOAD_QUERY,
  type WaitingIntake,
} from '@/components/counselling/caseload/caseload-operations';
import {
  PlaceYouthForm,
  type CoordinatorChoice,
} from '@/components/counselling/caseload/place-youth-form';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { requireCounsellor } from '@/components/school/require-counsellor';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { graphqlServer } from '@/lib/graphql-server';
import { getCounsellorRole } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/veileder/kontor';

const LIVE_KINDS: readonly NotificationKindName[] = ['INTAKE_ROUTED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.officeMetaTitle };
}

function Answers({
  answers,
  locale,
  t,
}: {
  answers: WaitingIntake['answers'];
  locale: Locale;
  t: Dictionary['intake'];
}) {
  const label = (code: IntakeQuestion, value: string) => intakeOptionLabel(code, value, locale);
  return (
    <details className="ds-details">
      <summary>{t.answers}</summary>
      <dl className="stack" data-size="sm">
        <div>
          <dt>{t.answersNeed}</dt>
          <dd>{label(IntakeQuestion.FOLLOW_UP_NEED, answers.followUpNeed)}</dd>
        </div>
        <div>
          <dt>{t.answersTime}</dt>
          <dd>{label(IntakeQuestion.TIME_OUTSIDE, answers.timeOutside)}</dd>
        </div>
        <div>
          <dt>{t.answersHelp}</dt>
          <dd>
            {answers.helpWanted.map((code) => label(IntakeQuestion.HELP_WANTED, code)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t.answersNow}</dt>
          <dd>{label(IntakeQuestion.CURRENT_SITUATION, answers.currentSituation)}</dd>
        </div>
        {answers.whatMatters ? (
          <div>
            <dt>{t.answersMatters}</dt>
            <dd>{answers.whatMatters}</dd>
          </div>
        ) : null}
      </dl>
    </details>
  );
}

/**
 * The office lead's view: each coordinator's load against the maximum (a meter per row), the
 * waiting list (most urgent first, with the answers), placing a waiting request, and moving a
 * young person. Coordinators of the office see the same figures and list, without the actions.
 */
export default async function OfficePage() {
  await requireCounsellor(PATH);
  const role = await getCounsellorRole();
  if (role !== 'COORDINATOR' && role !== 'OFFICE_LEAD') notFound();
  const [{ locale, t }, office] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'officeLoad',
      async () => (await graphqlServer(OFFICE_LOAD_QUERY)).officeLoad,
      null,
    ),
  ]);
  const m = t.intake;
  if (office === null) {
    return (
      <div className="container page stack">
        <h1 className="ds-heading" data-size="lg">
          {m.officeMetaTitle}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{m.officeUnavailable}</p>
        </div>
      </div>
    );
  }
  const choices: CoordinatorChoice[] = office.coordinators.map((coordinator) => ({
    id: coordinator.coordinatorId,
    label: interpolate(m.coordinatorOption, {
      name: coordinator.displayName,
      free: coordinator.free,
    }),
  }));
  return (
    <div className="container page stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {interpolate(m.officeTitle, { office: office.officeName })}
        </h1>
        <p className="ds-paragraph lead">{interpolate(m.officeIntro, { max: office.max })}</p>
        {office.viewerIsLead ? null : <p className="ds-paragraph">{m.onlyLead}</p>}
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table className="ds-table" data-testid="office-load">
          <caption>{m.loadCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.coordinator}</th>
              <th scope="col">{m.active}</th>
              <th scope="col">{m.free}</th>
            </tr>
          </thead>
          <tbody>
            {office.coordinators.map((coordinator) => (
              <tr key={coordinator.coordinatorId}>
                <th scope="row">{coordinator.displayName}</th>
                <td>
                  <div className="stack" style={{ gap: '0.25rem' }}>
                    <span>
                      {interpolate(m.load, { active: coordinator.active, max: coordinator.max })}
                    </span>
                    <meter
                      min={0}
                      max={coordinator.max}
                      value={coordinator.active}
                      high={coordinator.max - 1}
                      aria-label={interpolate(m.loadMeter, {
                        active: coordinator.active,
                        max: coordinator.max,
                      })}
                      style={{ width: '100%', minWidth: '6rem', height: '1rem' }}
                    />
                  </div>
                </td>
                <td>{coordinator.free}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="stack" aria-labelledby="queue-heading">
        <h2 className="ds-heading" data-size="sm" id="queue-heading">
          {m.queueHeading}
        </h2>
        {office.waiting.length === 0 ? (
          <p className="ds-paragraph">{m.queueEmpty}</p>
        ) : (
          <ul
            className="stack"
            aria-label={m.queueCaption}
            style={{ listStyle: 'none', padding: 0 }}
          >
            {office.waiting.map((request) => (
              <li key={request.id}>
                <article
                  className="ds-card stack"
                  data-color="neutral"
                  aria-labelledby={`waiting-${request.id}`}
                  data-testid="waiting-request"
                >
                  <div className="own-card__head">
                    <h3 className="ds-heading" data-size="xs" id={`waiting-${request.id}`}>
                      {request.displayName}
                    </h3>
                    <span
                      className="ds-tag"
                      data-color={request.priority === 'HIGH' ? 'danger' : 'neutral'}
                    >
                      {m.priority}: {m[`priority${request.priority}`]}
                    </span>
                  </div>
                  <p className="ds-paragraph" data-size="sm">
                    {m.waitingDays}: {interpolate(m.days, { n: request.waitingDays })}
                  </p>
                  <Answers answers={request.answers} locale={locale} t={m} />
                  {office.viewerIsLead ? (
                    <PlaceYouthForm
                      mode="ROUTE"
                      requestId={request.id}
                      youthName={request.displayName}
                      coordinators={choices}
                      max={office.max}
                      t={m}
                    />
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
      {office.viewerIsLead ? (
        <section className="stack" aria-labelledby="move-heading">
          <h2 className="ds-heading" data-size="sm" id="move-heading">
            {m.reassignHeading}
          </h2>
          <p className="ds-paragraph">{m.reassignIntro}</p>
          <PlaceYouthForm
            mode="MOVE"
            youths={office.caseloads.map((entry) => ({
              id: entry.youthId,
              label: interpolate(m.youthOption, {
                name: entry.displayName,
                coordinator: entry.coordinatorName,
              }),
            }))}
            coordinators={choices}
            max={office.max}
            t={m}
          />
        </section>
      ) : null}
    </div>
  );
}
