import type { Metadata } from 'next';
import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import {
  BookingStatus,
  DeclineReason,
  declineText,
  Locale,
  todayInOslo,
} from '@akselerator/domain';
import { FeedbackForm } from '@/components/booking/booking-aftercare';
import { CancelBooking } from '@/components/booking/cancel-booking';
import { FeedbackSummary } from '@/components/booking/feedback-summary';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import {
  PUPIL_BOOKING_CONTEXT_QUERY,
  windowNotice,
  type PupilBookingContextData,
} from '@/components/school/school-booking-operations';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { BookingStatusName, MyBooking, NotificationKindName } from '@/lib/api-types';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { MY_BOOKINGS_QUERY } from '@/lib/after-day-operations';
import { requireYouth } from '@/lib/session';

const PATH = '/mine-dager';

/** Used only when the API's booking rules cannot be read; the configuration decides. */
const FALLBACK_REQUIRED_DAYS = 2;

/** Bookings that count towards the two days: the seat is held, or the day is done. */
const COUNTED: readonly BookingStatusName[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.ATTENDED,
];

/** Bookings with a day in the pupil's calendar: the seat is held. */
const IN_CALENDAR: readonly BookingStatusName[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
];

/**
 * Notifications that change this page: the employer's answer, a seat from the waiting list, or a
 * day the school counsellor booked or moved for the pupil (BOOKING_REQUESTED to the pupil).
 */
const LIVE_KINDS: readonly NotificationKindName[] = [
  'BOOKING_REQUESTED',
  'BOOKING_CONFIRMED',
  'BOOKING_DECLINED',
  'WAITLIST_PROMOTED',
];

const CANCELLABLE: readonly BookingStatusName[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.WAITLISTED,
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.myDays.metaTitle };
}

function loadBookings(): Promise<MyBooking[] | null> {
  return querySignedIn(
    PATH,
    'myBookings',
    async () => (await graphqlServer(MY_BOOKINGS_QUERY)).myBookings,
    null,
  );
}

/** The school's booking window and the required days; the page still works without them. */
async function loadContext(): Promise<PupilBookingContextData | null> {
  try {
    return await graphqlServer(PUPIL_BOOKING_CONTEXT_QUERY);
  } catch (error) {
    unstable_rethrow(error);
    console.warn('[web] booking context failed:', error instanceof Error ? error.message : error);
    return null;
  }
}

/** An employer the pupil holds two or more counted days at, if any. */
function repeatedEmployer(bookings: readonly MyBooking[]): string | null {
  const seen = new Set<string>();
  for (const booking of bookings) {
    const employer = booking.opportunity?.employer.name;
    if (!employer || !COUNTED.includes(booking.status)) continue;
    if (seen.has(employer)) return employer;
    seen.add(employer);
  }
  return null;
}

function statusText(booking: Pick<MyBooking, 'status' | 'waitlistPosition'>, t: Dictionary) {
  switch (booking.status) {
    case 'WAITLISTED':
      return booking.waitlistPosition
        ? interpolate(t.myDays.statusWAITLISTED, { n: booking.waitlistPosition })
        : t.myDays.statusWaitlistedNoNumber;
    case 'REQUESTED':
      return t.myDays.statusREQUESTED;
    case 'CONFIRMED':
      return t.myDays.statusCONFIRMED;
    case 'DECLINED':
      return t.myDays.statusDECLINED;
    case 'CANCELLED':
      return t.myDays.statusCANCELLED;
    case 'ATTENDED':
      return t.myDays.statusATTENDED;
    case 'NO_SHOW':
      return t.myDays.statusNO_SHOW;
  }
}

function statusColor(status: BookingStatusName): string {
  switch (status) {
    case 'CONFIRMED':
    case 'ATTENDED':
      return 'success';
    case 'REQUESTED':
      return 'info';
    case 'WAITLISTED':
      return 'warning';
    case 'DECLINED':
      return 'danger';
    case 'CANCELLED':
    case 'NO_SHOW':
      return 'neutral';
  }
}

function declineMessage(booking: MyBooking, locale: Locale, t: Dictionary): string {
  const reason = Object.values(DeclineReason).find((value) => value === booking.declineReason);
  if (reason) return declineText(reason, locale).pupilMessage;
  return booking.declineMessage ?? t.myDays.declineFallback;
}

function BookingCard({
  booking,
  today,
  locale,
  t,
}: {
  booking: MyBooking;
  today: string;
  locale: Locale;
  t: Dictionary;
}) {
  const headingId = `booking-${booking.id}`;
  const { opportunity, slot } = booking;
  const title = opportunity?.title ?? t.myDays.opportunityGone;
  const employer = opportunity?.employer.name ?? '';
  const day = formatDayMonth(slot.date, locale);
  return (
    <article
      className="ds-card booking-card"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="my-booking"
    >
      <div className="own-card__head">
        <h2 className="ds-heading" data-size="xs" id={headingId}>
          {opportunity ? (
            <Link className="ds-link" href={`/muligheter/${encodeURIComponent(opportunity.id)}`}>
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <span
          className="ds-tag"
          data-color={statusColor(booking.status)}
          data-testid="booking-status"
        >
          <span className="ds-sr-only">{t.myDays.status}: </span>
          {statusText(booking, t)}
        </span>
      </div>
      <dl className="booking-facts ds-paragraph" data-size="sm">
        <div>
          <dt>{t.myDays.date}</dt>
          <dd>
            <time dateTime={slot.date}>{formatLongDate(slot.date, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.myDays.time}</dt>
          <dd>{formatTimeRange(slot.startTime, slot.endTime, locale)}</dd>
        </div>
        {employer ? (
          <div>
            <dt>{t.myDays.employer}</dt>
            <dd>{employer}</dd>
          </div>
        ) : null}
      </dl>
      {IN_CALENDAR.includes(booking.status) ? (
        <p className="ds-paragraph" data-size="sm">
          {/* A download (Content-Disposition: attachment) from the same-origin route handler. */}
          <a
            className="ds-link"
            href={`/kalender/${encodeURIComponent(booking.id)}`}
            download
            aria-label={interpolate(t.myDays.addToCalendarAria, { day })}
            data-testid="calendar-link"
          >
            {t.myDays.addToCalendar}
          </a>
        </p>
      ) : null}
      {booking.status === 'DECLINED' ? (
        <p className="ds-paragraph decline-message" data-testid="decline-message">
          {declineMessage(booking, locale, t)}
        </p>
      ) : null}
      {booking.status === 'ATTENDED' ? (
        <>
          <FeedbackSummary
            entries={[
              { label: t.aftercare.fromYou, feedback: booking.feedbackFromPupil ?? null },
              { label: t.aftercare.fromEmployer, feedback: booking.feedbackFromEmployer ?? null },
            ]}
            t={t.aftercare}
          />
          {booking.feedbackFromPupil ? null : (
            <FeedbackForm
              id={booking.id}
              side="pupil"
              t={t.aftercare}
              errors={t.bookingErrors}
              apiMessagesFit={locale === Locale.NB}
            />
          )}
        </>
      ) : null}
      <CancelBooking
        id={booking.id}
        cancellable={CANCELLABLE.includes(booking.status) && slot.date >= today}
        waitlisted={booking.status === 'WAITLISTED'}
        day={day}
        title={title}
        employer={employer}
        t={{
          cancel: t.myDays.cancel,
          cancelAria: t.myDays.cancelAria,
          cancelQuestion: t.myDays.cancelQuestion,
          leaveWaitlistQuestion: t.myDays.leaveWaitlistQuestion,
          cancelYes: t.myDays.cancelYes,
          cancelNo: t.myDays.cancelNo,
          cancelling: t.myDays.cancelling,
          cancelledNotice: t.myDays.cancelledNotice,
        }}
        errors={t.bookingErrors}
        apiMessagesFit={locale === Locale.NB}
      />
    </article>
  );
}

export default async function MyDaysPage() {
  await requireYouth(PATH);
  const [{ locale, t }, bookings, context] = await Promise.all([
    getI18n(),
    loadBookings(),
    loadContext(),
  ]);
  const today = todayInOslo(new Date());
  const counted = bookings?.filter((booking) => COUNTED.includes(booking.status)).length ?? 0;
  const required = context?.bookingRules.requiredHospiteringDays ?? FALLBACK_REQUIRED_DAYS;
  const ts = t.schoolBooking;
  const windowState = windowNotice(context?.myCohort?.bookingWindow, today);
  const sameEmployer = bookings ? repeatedEmployer(bookings) : null;

  return (
    <div className="container page stack">
      <LiveRefresh kinds={LIVE_KINDS} />
      <h1 className="ds-heading" data-size="lg">
        {t.myDays.title}
      </h1>
      <p className="ds-paragraph lead">{t.myDays.intro}</p>

      {bookings === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.myDays.unavailable}</p>
        </div>
      ) : (
        <>
          <div className="ds-card progress-card" data-color="neutral" data-testid="day-count">
            <p className="ds-paragraph seats">
              {interpolate(t.myDays.progress, { count: counted, required })}
            </p>
            <p className="ds-paragraph" data-size="sm">
              {counted >= required
                ? t.myDays.progressDone
                : interpolate(ts.progressHint, { required })}
            </p>
          </div>
          {windowState ? (
            <div
              className="ds-alert"
              data-color={windowState.kind === 'windowOpenUntil' ? 'info' : 'warning'}
              data-testid="school-window"
            >
              <p className="ds-paragraph">
                {interpolate(ts[windowState.kind], {
                  date: formatDayMonth(windowState.date, locale),
                })}
              </p>
            </div>
          ) : null}
          {sameEmployer ? (
            <div className="ds-alert" data-color="info" data-testid="same-employer-note">
              <p className="ds-paragraph">
                {interpolate(ts.sameEmployerNote, { employer: sameEmployer })}
              </p>
            </div>
          ) : null}

          {bookings.length === 0 ? (
            <p className="ds-paragraph">{t.myDays.empty}</p>
          ) : (
            <ul className="booking-list" aria-label={t.myDays.listLabel}>
              {bookings.map((booking) => (
                <li key={booking.id}>
                  <BookingCard booking={booking} today={today} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <p className="ds-paragraph">
        <Link className="ds-link" href="/">
          {t.myDays.findDays}
        </Link>
      </p>
    </div>
  );
}
