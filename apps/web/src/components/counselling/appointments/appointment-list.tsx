import { Locale } from '@akselerator/domain';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { AppointmentActions } from './appointment-actions';
import type { Appointment } from './appointment-operations';
import { appointmentDay, appointmentTime } from './appointment-text';

interface AppointmentListProps {
  appointments: readonly Appointment[];
  /** Whose side: the coordinator sees the young person's name and may report a delay. */
  side: 'YOUTH' | 'COORDINATOR';
  locale: Locale;
  t: Dictionary['intake'];
  label: string;
}

function statusColor(status: Appointment['status']): string {
  switch (status) {
    case 'PLANNED':
      return 'success';
    case 'CANCELLED':
      return 'neutral';
    case 'DONE':
      return 'info';
  }
}

/** Meetings as cards: day and time on Norway's clock, a delay's new time, place and topic. */
export function AppointmentList({ appointments, side, locale, t, label }: AppointmentListProps) {
  return (
    <ul className="stack" aria-label={label} style={{ listStyle: 'none', padding: 0 }}>
      {appointments.map((appointment) => {
        const day = appointmentDay(appointment.startsAt, locale);
        const headingId = `appointment-${appointment.id}`;
        return (
          <li key={appointment.id}>
            <article
              className="ds-card stack"
              data-color="neutral"
              aria-labelledby={headingId}
              data-testid="appointment"
            >
              <div className="own-card__head">
                <h3 className="ds-heading" data-size="xs" id={headingId}>
                  {interpolate(t.at, {
                    date: day,
                    time: appointmentTime(appointment.startsAt, locale),
                  })}
                </h3>
                <span className="ds-tag" data-color={statusColor(appointment.status)}>
                  {t[`status${appointment.status}`]}
                </span>
              </div>
              {appointment.delayedTo && appointment.status === 'PLANNED' ? (
                <p className="ds-paragraph" data-testid="appointment-delayed">
                  <strong>
                    {interpolate(t.delayed, {
                      time: appointmentTime(appointment.delayedTo, locale),
                    })}
                  </strong>
                </p>
              ) : null}
              <p className="ds-paragraph" data-size="sm">
                {side === 'YOUTH'
                  ? interpolate(t.withCoordinator, { name: appointment.coordinatorName })
                  : appointment.youthName}{' '}
                · {interpolate(t.minutes, { n: appointment.durationMinutes })}
              </p>
              <p className="ds-paragraph" data-size="sm">
                <strong>{t.place}:</strong> {appointment.place}
              </p>
              {appointment.agenda ? (
                <p className="ds-paragraph" data-size="sm">
                  <strong>{t.agenda}:</strong> {appointment.agenda}
                </p>
              ) : null}
              {appointment.status === 'PLANNED' ? (
                <AppointmentActions
                  appointmentId={appointment.id}
                  canReportLate={side === 'COORDINATOR'}
                  when={day}
                  t={t}
                />
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
