import { DeclineReason, declineText, Locale } from '@akselerator/domain';
import Link from 'next/link';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { formatLongDate, formatTimeRange } from '@/lib/format';
import { GuardianEmailForm } from './guardian-email-form';
import { ResendConsent } from './resend-consent';
import type { GuardianConsentName, PupilBookings, SchoolBooking } from './school-operations';
import styles from './school.module.css';

type Texts = Dictionary['schoolBookings'];

/** Bookings whose day is still ahead and that hold a seat: the ones consent matters for. */
export function consentOutstanding(booking: SchoolBooking, today: string): boolean {
  return (
    (booking.status === 'REQUESTED' || booking.status === 'CONFIRMED') &&
    booking.date >= today &&
    (booking.guardianConsent === 'NO_GUARDIAN' || booking.guardianConsent === 'PENDING')
  );
}

export function statusText(booking: SchoolBooking, t: Texts): string {
  if (booking.status === 'REQUESTED' && booking.awaitingAnswer) return t.statusAwaiting;
  return t[`status${booking.status}`];
}

function statusColor(booking: SchoolBooking): string {
  switch (booking.status) {
    case 'CONFIRMED':
    case 'ATTENDED':
      return 'success';
    case 'REQUESTED':
      return booking.awaitingAnswer ? 'warning' : 'info';
    case 'WAITLISTED':
      return 'warning';
    case 'DECLINED':
    case 'NO_SHOW':
      return 'danger';
    case 'CANCELLED':
      return 'neutral';
  }
}

function consentColor(consent: GuardianConsentName): string {
  switch (consent) {
    case 'GIVEN':
      return 'success';
    case 'PENDING':
      return 'warning';
    case 'NO_GUARDIAN':
      return 'danger';
    case 'NOT_NEEDED':
      return 'neutral';
  }
}

function reasonText(booking: SchoolBooking, locale: Locale): string | null {
  const reason = Object.values(DeclineReason).find((value) => value === booking.declineReason);
  return reason ? declineText(reason, locale).employerLabel : null;
}

/** One pupil: their days this school year, each booking's status and consent, and the guardian. */
export function PupilBookingsCard({
  pupil,
  requiredDays,
  today,
  locale,
  t,
}: {
  pupil: PupilBookings;
  requiredDays: number;
  today: string;
  locale: Locale;
  t: Texts;
}) {
  const headingId = `pupil-${pupil.youthId}`;
  const missing = Math.max(requiredDays - pupil.daysBooked, 0);
  return (
    <article
      className="ds-card booking-card"
      data-color="neutral"
      aria-labelledby={headingId}
      id={headingId}
      tabIndex={-1}
      data-testid="school-pupil"
    >
      <div className="own-card__head">
        <h3 className="ds-heading" data-size="xs" id={`${headingId}-name`}>
          {pupil.displayName}
        </h3>
        <span className="ds-tag" data-color={pupil.hasRequiredDays ? 'success' : 'warning'}>
          {pupil.hasRequiredDays
            ? t.enoughDays
            : missing === 1
              ? t.missingDay
              : interpolate(t.missingDays, { count: missing })}
        </span>
      </div>
      {pupil.declined >= 2 ? (
        <p className="ds-paragraph" data-size="sm">
          {interpolate(t.declinedSeveral, { count: pupil.declined })}
        </p>
      ) : null}
      {pupil.bookings.length === 0 ? (
        <p className="ds-paragraph" data-size="sm">
          {t.noBookings}
        </p>
      ) : (
        <ul className={styles.bookings}>
          {pupil.bookings.map((booking) => {
            const reason = reasonText(booking, locale);
            const seatAhead =
              (booking.status === 'REQUESTED' || booking.status === 'CONFIRMED') &&
              booking.date >= today;
            return (
              <li key={booking.id} className={styles.booking} data-testid="school-booking">
                <p className="ds-paragraph" data-size="sm">
                  <strong>
                    <time dateTime={booking.date}>{formatLongDate(booking.date, locale)}</time>
                  </strong>
                  {', '}
                  {formatTimeRange(booking.startTime, booking.endTime, locale)}
                  {' – '}
                  <Link
                    className="ds-link"
                    href={`/muligheter/${encodeURIComponent(booking.opportunityId)}`}
                  >
                    {booking.title}
                  </Link>
                  {`, ${booking.employerName}`}
                </p>
                <div className={styles.tags}>
                  <span
                    className="ds-tag"
                    data-color={statusColor(booking)}
                    data-testid="school-booking-status"
                  >
                    {statusText(booking, t)}
                  </span>
                  {seatAhead && booking.guardianConsent !== 'NOT_NEEDED' ? (
                    <span
                      className="ds-tag"
                      data-color={consentColor(booking.guardianConsent)}
                      data-testid="school-booking-consent"
                    >
                      {t[`consent${booking.guardianConsent}`]}
                    </span>
                  ) : null}
                  {booking.bookedOnBehalf ? (
                    <span className="ds-tag" data-color="neutral">
                      {t.bookedOnBehalf}
                    </span>
                  ) : null}
                </div>
                {reason ? (
                  <p className="ds-paragraph" data-size="sm">
                    {interpolate(t.declineReason, { reason })}
                  </p>
                ) : null}
                {seatAhead && booking.guardianConsent === 'PENDING' ? (
                  <ResendConsent bookingId={booking.id} t={t} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <details className="ds-details">
        <summary>
          {t.guardianHeading}
          {': '}
          {pupil.guardianEmail ?? t.guardianNone}
        </summary>
        <div>
          <GuardianEmailForm
            youthId={pupil.youthId}
            name={pupil.displayName}
            current={pupil.guardianEmail}
            t={t}
          />
        </div>
      </details>
    </article>
  );
}
