import type { Metadata } from 'next';
import { todayInOslo } from '@akselerator/domain';
import { AppointmentList } from '@/components/counselling/appointments/appointment-list';
import { APPOINTMENTS_WITH_QUERY } from '@/components/counselling/appointments/appointment-operations';
import { BookAppointmentForm } from '@/components/counselling/appointments/book-appointment-form';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

/** The young person booked or cancelled: show it without a reload. */
const LIVE_KINDS: readonly NotificationKindName[] = ['APPOINTMENT_BOOKED', 'APPOINTMENT_CANCELLED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.appointmentsHeading };
}

/**
 * The coordinator's meetings with one young person (the frame's layout has checked that this is
 * their young person): book, cancel, and "Jeg er forsinket" with the minutes.
 */
export default async function YouthAppointmentsPage({
  params,
}: {
  params: Promise<{ youthId: string }>;
}) {
  const { youthId } = await params;
  const path = `/veileder/ungdom/${encodeURIComponent(youthId)}/avtaler`;
  const [{ locale, t }, appointments] = await Promise.all([
    getI18n(),
    querySignedIn(
      path,
      'appointmentsWith',
      async () => (await graphqlServer(APPOINTMENTS_WITH_QUERY, { youthId })).appointmentsWith,
      null,
    ),
  ]);
  const m = t.intake;
  return (
    <div className="stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <section className="stack" aria-labelledby="appointments-heading">
        <h2 className="ds-heading" data-size="sm" id="appointments-heading">
          {m.appointmentsHeading}
        </h2>
        {appointments === null ? (
          <div className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{m.appointmentsUnavailable}</p>
          </div>
        ) : appointments.length === 0 ? (
          <p className="ds-paragraph">{m.appointmentsEmpty}</p>
        ) : (
          <AppointmentList
            appointments={appointments}
            side="COORDINATOR"
            locale={locale}
            t={m}
            label={m.appointmentsListLabel}
          />
        )}
      </section>
      <BookAppointmentForm youthId={youthId} today={todayInOslo(new Date())} t={m} />
    </div>
  );
}
