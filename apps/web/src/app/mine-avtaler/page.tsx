import type { Metadata } from 'next';
import Link from 'next/link';
import { todayInOslo } from '@akselerator/domain';
import { MY_INTAKE_STATE_QUERY } from '@/components/counselling/intake/intake-operations';
import { AppointmentList } from '@/components/counselling/appointments/appointment-list';
import { MY_APPOINTMENTS_QUERY } from '@/components/counselling/appointments/appointment-operations';
import { BookAppointmentForm } from '@/components/counselling/appointments/book-appointment-form';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { graphqlServer } from '@/lib/graphql-server';
import { requireYouth } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/mine-avtaler';

/** The coordinator is late, or booked or cancelled a meeting: read the list again. */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'APPOINTMENT_LATE',
  'APPOINTMENT_BOOKED',
  'APPOINTMENT_CANCELLED',
  'INTAKE_ROUTED',
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.myAppointmentsMetaTitle };
}

/**
 * The young person's meetings with their coordinator, the delayed new time when the coordinator
 * is running late (live), and booking a meeting. Without a coordinator: the way to one.
 */
export default async function MyAppointmentsPage() {
  await requireYouth(PATH);
  const [{ locale, t }, appointments, state] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'myAppointments',
      async () => (await graphqlServer(MY_APPOINTMENTS_QUERY)).myAppointments,
      null,
    ),
    querySignedIn(PATH, 'myIntakeState', () => graphqlServer(MY_INTAKE_STATE_QUERY), null),
  ]);
  const m = t.intake;
  const hasCoordinator = state?.myCoordinator != null;
  return (
    <div className="container page stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {m.myAppointmentsTitle}
        </h1>
        <p className="ds-paragraph lead">{m.myAppointmentsIntro}</p>
      </div>
      {appointments === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{m.appointmentsUnavailable}</p>
        </div>
      ) : appointments.length === 0 ? (
        <p className="ds-paragraph">{m.appointmentsEmpty}</p>
      ) : (
        <AppointmentList
          appointments={appointments}
          side="YOUTH"
          locale={locale}
          t={m}
          label={m.appointmentsListLabel}
        />
      )}
      {hasCoordinator ? (
        <BookAppointmentForm today={todayInOslo(new Date())} t={m} />
      ) : (
        <div className="stack">
          <p className="ds-paragraph">{m.noCoordinator}</p>
          <p className="ds-paragraph">
            <Link className="ds-link" href="/en-dor-inn">
              {m.toIntake}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
