import type { Operation } from '@/lib/graphql';

/** Meetings between a coordinator and a young person (Jobbhuset). */

export type AppointmentStatusName = 'PLANNED' | 'CANCELLED' | 'DONE';

export interface Appointment {
  id: string;
  youthId: string;
  youthName: string;
  coordinatorName: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  agenda: string | null;
  status: AppointmentStatusName;
  delayedTo: string | null;
}

const FIELDS =
  'id youthId youthName coordinatorName startsAt durationMinutes place agenda status delayedTo';

export const MY_APPOINTMENTS_QUERY: Operation<{ myAppointments: Appointment[] }> = {
  query: `query MyAppointments { myAppointments { ${FIELDS} } }`,
};

export const APPOINTMENTS_WITH_QUERY: Operation<
  { appointmentsWith: Appointment[] },
  { youthId: string }
> = {
  query: `query AppointmentsWith($youthId: ID!) { appointmentsWith(youthId: $youthId) { ${FIELDS} } }`,
};

export interface BookAppointmentValue {
  youthId?: string | null;
  date: string;
  time: string;
  durationMinutes: number;
  place: string;
  agenda: string | null;
}

export const BOOK_APPOINTMENT_MUTATION: Operation<
  { bookAppointment: { id: string } },
  { input: BookAppointmentValue }
> = {
  query: `mutation BookAppointment($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
};

export const CANCEL_APPOINTMENT_MUTATION: Operation<
  { cancelAppointment: { id: string; status: AppointmentStatusName } },
  { appointmentId: string }
> = {
  query: `mutation CancelAppointment($appointmentId: ID!) { cancelAppointment(appointmentId: $appointmentId) { id status } }`,
};

export const RUNNING_LATE_MUTATION: Operation<
  { markRunningLate: { notified: boolean; message: string } },
  { appointmentId: string; minutesLate: number }
> = {
  query: `mutation MarkRunningLate($appointmentId: ID!, $minutesLate: Int!) { markRunningLate(appointmentId: $appointmentId, minutesLate: $minutesLate) { notified message } }`,
};
