import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import {
  ACTIVE_BOOKING_STATUSES,
  BookingStatus,
  Locale,
  OpportunityKind,
  OpportunityStatus,
  todayInOslo,
} from '@akselerator/domain';
import { ApplySection, KindFactItems, KindSections } from '@/components/applications/kind-details';
import { SlotTable, type SlotRow, type SlotTableText } from '@/components/booking/slot-table';
import {
  PUPIL_BOOKING_CONTEXT_QUERY,
  windowNotice,
  type PupilBookingContextData,
} from '@/components/school/school-booking-operations';
import {
  YouthSlotTable,
  type BookableSlotRow,
  type SlotBookingState,
} from '@/components/booking/youth-slot-table';
import { seatsText } from '@/components/search/result-card';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { Account, MyBooking, OpportunityDetails, Slot } from '@/lib/api-types';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { programmeLabel, tradeLabel } from '@/lib/labels';
import { MY_BOOKINGS_QUERY } from '@/lib/operations';
import { OPPORTUNITY_DETAILS_QUERY } from '@/lib/opportunity-operations';
import { getViewer, signInPath } from '@/lib/session';

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

type Opportunity = OpportunityDetails;

/** One API call per request, shared by generateMetadata and the page. */
const loadOpportunity = cache(async (id: string): Promise<Opportunity | null> => {
  try {
    const data = await graphqlServer(OPPORTUNITY_DETAILS_QUERY, { id });
    return data.opportunity;
  } catch (error) {
    if (
      error instanceof GraphQLRequestError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT' || error.code === 'FORBIDDEN')
    ) {
      return null;
    }
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  try {
    const opportunity = await loadOpportunity(id);
    if (!opportunity) return {};
    return { title: opportunity.title, description: opportunity.description.slice(0, 160) };
  } catch (error) {
    unstable_rethrow(error);
    return {}; // the page itself reports the failure
  }
}

/** The pupil's own bookings, to mark the dates they already have; empty when they cannot be read. */
async function loadMyBookings(): Promise<MyBooking[]> {
  try {
    return (await graphqlServer(MY_BOOKINGS_QUERY)).myBookings;
  } catch (error) {
    unstable_rethrow(error);
    // The page still works: the API refuses a second booking on the same date by itself.
    console.warn('[web] myBookings failed:', error instanceof Error ? error.message : error);
    return [];
  }
}

/** The school's booking window for the pupil's cohort; null when there is none or it fails. */
async function loadBookingContext(): Promise<PupilBookingContextData | null> {
  try {
    return await graphqlServer(PUPIL_BOOKING_CONTEXT_QUERY);
  } catch (error) {
    unstable_rethrow(error);
    console.warn('[web] booking context failed:', error instanceof Error ? error.message : error);
    return null;
  }
}

const ACTIVE: readonly string[] = ACTIVE_BOOKING_STATUSES;

/** Bookings that mean the pupil has (or had) a day at an employer. */
const HOLDS_DAY: readonly string[] = [
  BookingStatus.REQUESTED,
  BookingStatus.CONFIRMED,
  BookingStatus.ATTENDED,
];

function bookingState(slot: Slot, today: string, bookings: readonly MyBooking[]): SlotBookingState {
  if (slot.date < today) return { kind: 'past' };
  const active = bookings.filter((booking) => ACTIVE.includes(booking.status));
  const own = active.find((booking) => booking.slot.id === slot.id);
  if (own?.status === BookingStatus.WAITLISTED) {
    return { kind: 'waitlisted', position: own.waitlistPosition };
  }
  if (own) return { kind: 'booked' };
  if (active.some((booking) => booking.slot.date === slot.date)) return { kind: 'otherSameDate' };
  return slot.seatsLeft > 0 ? { kind: 'open' } : { kind: 'full' };
}

function slotRows(slots: readonly Slot[], locale: Locale): SlotRow[] {
  return [...slots]
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
    .map((slot) => ({
      id: slot.id,
      date: slot.date,
      dateLabel: formatLongDate(slot.date, locale),
      dayLabel: formatDayMonth(slot.date, locale),
      timeLabel: formatTimeRange(slot.startTime, slot.endTime, locale),
      seatsLeft: slot.seatsLeft,
    }));
}

function tableText(t: Dictionary): SlotTableText {
  return {
    datesCaption: t.opportunity.datesCaption,
    date: t.opportunity.date,
    time: t.opportunity.time,
    seatsLeft: t.opportunity.seatsLeft,
    full: t.opportunity.full,
  };
}

/**
 * The dates, and what the visitor can do with them: a signed-in pupil books (a client island);
 * a signed-out visitor is asked to sign in; employers and others only read.
 */
async function Dates({
  opportunity,
  viewer,
  myBookings,
  bookingContext,
  locale,
  t,
}: {
  opportunity: Opportunity;
  viewer: Account | null;
  /** Started by the page alongside the opportunity, for a signed-in pupil. */
  myBookings: Promise<MyBooking[]>;
  /** The school's booking window (and rules), likewise; null when it cannot be read. */
  bookingContext: Promise<PupilBookingContextData | null>;
  locale: Locale;
  t: Dictionary;
}) {
  if (opportunity.slots.length === 0) {
    return <p className="ds-paragraph">{t.opportunity.noDates}</p>;
  }
  const rows = slotRows(opportunity.slots, locale);
  const published = opportunity.status === OpportunityStatus.PUBLISHED;

  if (viewer?.role === 'YOUTH' && published) {
    const bookings = await myBookings;
    const today = todayInOslo(new Date());
    const byId = new Map(opportunity.slots.map((slot) => [slot.id, slot]));
    const bookable: BookableSlotRow[] = rows.map((row) => {
      const slot = byId.get(row.id);
      return { ...row, state: slot ? bookingState(slot, today, bookings) : { kind: 'past' } };
    });
    const ts = t.schoolBooking;
    const windowState = windowNotice((await bookingContext)?.myCohort?.bookingWindow, today);
    // "Different employers preferred": a gentle hint before a second day here, never a refusal.
    const sameEmployer = bookings.some(
      (booking) =>
        HOLDS_DAY.includes(booking.status) &&
        booking.opportunity?.employer.name === opportunity.employer.name,
    );
    // The school's refusal (SCHOOL_BOOKING_WINDOW_CLOSED) in English too.
    const errors = {
      ...t.bookingErrors,
      SCHOOL_BOOKING_WINDOW_CLOSED: ts.SCHOOL_BOOKING_WINDOW_CLOSED,
    };
    return (
      <>
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
          <div className="ds-alert" data-color="info" data-testid="same-employer-hint">
            <p className="ds-paragraph">
              {interpolate(ts.sameEmployerHint, { employer: opportunity.employer.name })}
            </p>
          </div>
        ) : null}
        <YouthSlotTable
          rows={bookable}
          t={{ table: tableText(t), booking: t.booking, errors }}
          apiMessagesFit={locale === Locale.NB}
        />
      </>
    );
  }

  const here = `/muligheter/${encodeURIComponent(opportunity.id)}`;
  return (
    <>
      <SlotTable rows={rows} t={tableText(t)} />
      {viewer === null && published ? (
        <p className="ds-paragraph">
          {t.booking.signInPrompt}{' '}
          <Link className="ds-link" href={signInPath(here)}>
            {t.booking.signInToBook}
          </Link>{' '}
          {t.booking.or}{' '}
          <Link className="ds-link" href={`/registrer?neste=${encodeURIComponent(here)}`}>
            {t.booking.signUpToBook}
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}

export default async function OpportunityPage({ params, searchParams }: PageProps) {
  const [{ id }, { locale, t }, viewer, query] = await Promise.all([
    params,
    getI18n(),
    getViewer(),
    searchParams,
  ]);
  const opportunity = await loadOpportunity(id);
  if (!opportunity) notFound();
  const hospitering = opportunity.kind === OpportunityKind.HOSPITERING;
  const myBookings =
    viewer?.role === 'YOUTH' && hospitering ? loadMyBookings() : Promise.resolve([]);
  const bookingContext =
    viewer?.role === 'YOUTH' && hospitering ? loadBookingContext() : Promise.resolve(null);

  const { address } = opportunity;
  return (
    <div className="container page">
      <article className="stack-lg" aria-labelledby="opportunity-title">
        <div className="stack">
          <p className="ds-paragraph" data-size="sm">
            <Link className="ds-link" href="/">
              {t.opportunity.back}
            </Link>
          </p>
          <div className="cluster">
            <span className="ds-tag" data-color="brand1">
              {t.kinds[opportunity.kind]}
            </span>
            {opportunity.status !== OpportunityStatus.PUBLISHED ? (
              <span className="ds-tag" data-color="warning">
                {t.statuses[opportunity.status]}
              </span>
            ) : null}
          </div>
          <h1 className="ds-heading" data-size="lg" id="opportunity-title">
            {opportunity.title}
          </h1>
          <p className="ds-paragraph" data-size="lg">
            <span className="ds-sr-only">{t.opportunity.employer}: </span>
            {opportunity.employer.name}
          </p>
          {viewer?.role === 'EMPLOYER' && viewer.employer?.id === opportunity.employer.id ? (
            <p className="cluster" data-testid="owner-links">
              <Link
                className="ds-link"
                href={`/arbeidsgiver/${encodeURIComponent(opportunity.id)}/endre`}
                aria-label={interpolate(t.employerList.editAria, { title: opportunity.title })}
              >
                {t.employerList.edit}
              </Link>
              {hospitering ? (
                <Link
                  className="ds-link"
                  href={`/arbeidsgiver/${encodeURIComponent(opportunity.id)}/dager`}
                >
                  {t.employerList.addDays}
                </Link>
              ) : (
                <Link
                  className="ds-link"
                  href={`/arbeidsgiver/${encodeURIComponent(opportunity.id)}/soknader`}
                >
                  {t.employerList.seeApplications}
                </Link>
              )}
            </p>
          ) : null}
          {viewer?.role === 'COUNSELLOR' && opportunity.status === OpportunityStatus.PUBLISHED ? (
            <p className="cluster" data-testid="counsellor-links">
              <Link
                className="ds-link"
                href={`/muligheter/${encodeURIComponent(opportunity.id)}/kandidater`}
              >
                {t.candidates.counsellorLink}
              </Link>
            </p>
          ) : null}
          {opportunity.status === OpportunityStatus.DRAFT ? (
            <div className="ds-alert" data-color="warning">
              <p className="ds-paragraph">{t.opportunity.draftNotice}</p>
            </div>
          ) : null}
        </div>

        <dl className="fact-grid ds-paragraph">
          <div>
            <dt>{t.opportunity.programme}</dt>
            <dd>{programmeLabel(opportunity.programmeCode, locale)}</dd>
          </div>
          <div>
            <dt>{t.opportunity.trade}</dt>
            <dd>{tradeLabel(opportunity.tradeCode, locale)}</dd>
          </div>
          <KindFactItems opportunity={opportunity} locale={locale} t={t} />
          <div>
            <dt>{hospitering ? t.opportunity.address : t.kindFacts.address}</dt>
            <dd>
              <address style={{ fontStyle: 'normal' }}>
                {address.street}
                <br />
                {address.postalCode} {address.postalPlace}
                {address.municipalityName && address.municipalityName !== address.postalPlace ? (
                  <>
                    <br />
                    {address.municipalityName}
                  </>
                ) : null}
              </address>
            </dd>
          </div>
        </dl>

        <section className="stack" aria-labelledby="about-heading">
          <h2 className="ds-heading" data-size="sm" id="about-heading">
            {hospitering
              ? t.opportunity.about
              : opportunity.kind === OpportunityKind.APPRENTICESHIP
                ? t.kindFacts.aboutApprenticeship
                : t.kindFacts.aboutSimpleJob}
          </h2>
          <p className="ds-paragraph prewrap lead">{opportunity.description}</p>
        </section>

        <section className="stack" aria-labelledby="tasks-heading">
          <h2 className="ds-heading" data-size="sm" id="tasks-heading">
            {hospitering ? t.opportunity.tasks : t.kindFacts.tasks}
          </h2>
          <p className="ds-paragraph prewrap lead">{opportunity.tasks}</p>
        </section>

        {hospitering || opportunity.practicalInfo ? (
          <section className="stack" aria-labelledby="practical-heading">
            <h2 className="ds-heading" data-size="sm" id="practical-heading">
              {t.opportunity.practical}
            </h2>
            <p className="ds-paragraph prewrap lead">{opportunity.practicalInfo}</p>
          </section>
        ) : null}

        {hospitering ? (
          <section className="stack" aria-labelledby="dates-heading">
            <h2 className="ds-heading" data-size="sm" id="dates-heading">
              {t.opportunity.dates}
            </h2>
            <p className="ds-paragraph seats">{seatsText(opportunity.seatsLeft, t)}</p>
            <Dates
              opportunity={opportunity}
              viewer={viewer}
              myBookings={myBookings}
              bookingContext={bookingContext}
              locale={locale}
              t={t}
            />
          </section>
        ) : (
          <>
            <KindSections opportunity={opportunity} locale={locale} t={t} />
            <ApplySection
              opportunity={opportunity}
              viewer={viewer}
              justSent={query.sendt === '1'}
              locale={locale}
              t={t}
            />
          </>
        )}
      </article>
    </div>
  );
}
