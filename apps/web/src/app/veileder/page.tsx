import type { Metadata } from 'next';
import Link from 'next/link';
import { AppointmentList } from '@/components/counselling/appointments/appointment-list';
import { MY_APPOINTMENTS_QUERY } from '@/components/counselling/appointments/appointment-operations';
import {
  COORDINATOR_HOME_QUERY,
  type GoalKindName,
} from '@/components/counselling/caseload/caseload-operations';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { requireCounsellor } from '@/components/school/require-counsellor';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatDayMonth, formatInstantDay } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { getCounsellorRole } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/veileder';

/** A young person routed here, a reminder, a meeting booked or cancelled: read the page again. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'INTAKE_ROUTED',
  'FOLLOW_UP_REMINDER',
  'APPOINTMENT_BOOKED',
  'APPOINTMENT_CANCELLED',
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.homeMetaTitle };
}

function goalText(goal: GoalKindName, t: Dictionary['intake']): string {
  return t[`goal${goal}`];
}

/**
 * "Mine ungdommer": the coordinator's caseload with its load against the maximum ("12 av 25"),
 * the follow-ups due after a reached goal, the coming meetings, and the way to the 8-week list
 * and (for the office lead) the office's capacity and waiting list.
 */
export default async function CoordinatorHomePage() {
  await requireCounsellor(PATH);
  const [{ locale, t }, role] = await Promise.all([getI18n(), getCounsellorRole()]);
  const m = t.intake;
  if (role === 'SCHOOL_COUNSELLOR' || role === null) {
    return (
      <div className="container page stack">
        <h1 className="ds-heading" data-size="lg">
          {m.homeTitle}
        </h1>
        <p className="ds-paragraph" data-testid="school-pointer">
          {role === null ? m.noOffice : m.schoolPointer}
        </p>
        {role === 'SCHOOL_COUNSELLOR' ? (
          <p className="ds-paragraph">
            <Link className="ds-link" href="/skole/elever">
              {m.toPupils}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  const [home, appointments] = await Promise.all([
    querySignedIn(PATH, 'coordinatorHome', () => graphqlServer(COORDINATOR_HOME_QUERY), null),
    querySignedIn(
      PATH,
      'myAppointments',
      async () => (await graphqlServer(MY_APPOINTMENTS_QUERY)).myAppointments,
      null,
    ),
  ]);
  const upcoming = (appointments ?? []).filter((appointment) => appointment.status === 'PLANNED');
  return (
    <div className="container page stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {m.homeTitle}
        </h1>
        <p className="ds-paragraph lead">{m.homeIntro}</p>
      </div>
      {home === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{m.caseloadUnavailable}</p>
        </div>
      ) : (
        <>
          <section className="stack" aria-labelledby="caseload-heading">
            <h2 className="ds-heading" data-size="sm" id="caseload-heading">
              {m.caseloadHeading}
            </h2>
            <div className="stack" data-testid="caseload-load">
              <label className="ds-label" htmlFor="caseload-meter">
                {m.loadLabel}:{' '}
                {interpolate(m.load, { active: home.myCaseload.length, max: home.officeLoad.max })}
              </label>
              <meter
                id="caseload-meter"
                min={0}
                max={home.officeLoad.max}
                value={home.myCaseload.length}
                high={home.officeLoad.max - 1}
                style={{ width: '100%', maxWidth: '24rem', height: '1.25rem' }}
              >
                {interpolate(m.load, { active: home.myCaseload.length, max: home.officeLoad.max })}
              </meter>
              {home.myCaseload.length >= home.officeLoad.max ? (
                <p className="ds-paragraph" data-size="sm">
                  {m.loadFull}
                </p>
              ) : null}
            </div>
            {home.myCaseload.length === 0 ? (
              <p className="ds-paragraph">{m.caseloadEmpty}</p>
            ) : (
              <ul className="stack" data-testid="caseload" style={{ paddingLeft: '1.25rem' }}>
                {home.myCaseload.map((youth) => (
                  <li key={youth.youthId}>
                    <Link
                      className="ds-link"
                      href={`/veileder/ungdom/${encodeURIComponent(youth.youthId)}`}
                    >
                      {youth.displayName}
                    </Link>{' '}
                    <span className="muted" data-size="sm">
                      · {interpolate(m.since, { date: formatInstantDay(youth.startedAt, locale) })}
                    </span>
                    {youth.followUp ? (
                      <>
                        {' '}
                        <span
                          className="ds-tag"
                          data-color={youth.followUp.completed ? 'success' : 'info'}
                        >
                          {youth.followUp.completed
                            ? m.followUpDone
                            : interpolate(m.followUpOngoing, {
                                goal: goalText(youth.followUp.goalKind, m),
                                date: formatDayMonth(youth.followUp.followUpEndsOn, locale),
                              })}
                        </span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="stack" aria-labelledby="follow-ups-heading">
            <h2 className="ds-heading" data-size="sm" id="follow-ups-heading">
              {m.followUpsHeading}
            </h2>
            {home.followUpsDue.length === 0 ? (
              <p className="ds-paragraph">{m.followUpsEmpty}</p>
            ) : (
              <ul className="stack" data-testid="follow-ups-due" style={{ paddingLeft: '1.25rem' }}>
                {home.followUpsDue.map((due) => (
                  <li key={due.youthId}>
                    <Link
                      className="ds-link"
                      href={`/veileder/ungdom/${encodeURIComponent(due.youthId)}`}
                    >
                      {due.completed
                        ? interpolate(m.followUpCompleted, { name: due.displayName })
                        : interpolate(m.followUpMonth, {
                            name: due.displayName,
                            month: due.month,
                            goal: goalText(due.goalKind, m),
                          })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section className="stack" aria-labelledby="upcoming-heading">
        <h2 className="ds-heading" data-size="sm" id="upcoming-heading">
          {m.appointmentsHeading}
        </h2>
        {appointments === null ? (
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{m.appointmentsUnavailable}</p>
          </div>
        ) : upcoming.length === 0 ? (
          <p className="ds-paragraph">{m.appointmentsEmpty}</p>
        ) : (
          <AppointmentList
            appointments={upcoming}
            side="COORDINATOR"
            locale={locale}
            t={m}
            label={m.appointmentsHeading}
          />
        )}
      </section>
      <nav className="stack" aria-labelledby="shortcuts-heading">
        <h2 className="ds-heading" data-size="sm" id="shortcuts-heading">
          {m.linksHeading}
        </h2>
        <ul className="stack" style={{ paddingLeft: '1.25rem' }}>
          <li>
            <Link className="ds-link" href="/veileder/atte-uker">
              {m.toEightWeeks}
            </Link>
          </li>
          {role === 'OFFICE_LEAD' ? (
            <li>
              <Link className="ds-link" href="/veileder/kontor">
                {m.toOffice}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </div>
  );
}
