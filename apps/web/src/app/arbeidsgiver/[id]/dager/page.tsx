import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Locale, OpportunityKind, OpportunityStatus, todayInOslo } from '@akselerator/domain';
import { BulkSlotsForm } from '@/components/employer/bulk-slots-form';
import { RemoveSlotButton } from '@/components/employer/remove-slot-button';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { formatDayMonth, formatShortDate, formatTimeRange } from '@/lib/format';
import { loadOwnOpportunity } from '@/lib/own-opportunity';
import { requireEmployer } from '@/lib/session';

interface PageProps {
  params: Promise<{ id: string }>;
}

const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.bulkSlots.metaTitle };
}

export default async function AddDaysPage({ params }: PageProps) {
  const { id } = await params;
  const path = `/arbeidsgiver/${encodeURIComponent(id)}/dager`;
  const viewer = await requireEmployer(path);
  const [{ locale, t }, opportunity] = await Promise.all([getI18n(), loadOwnOpportunity(id, path)]);
  if (opportunity === undefined) {
    return (
      <div className="container page page-narrow">
        <h1 className="ds-heading" data-size="lg">
          {t.bulkSlots.metaTitle}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.opportunityForm.unavailable}</p>
        </div>
      </div>
    );
  }
  if (
    !opportunity ||
    opportunity.employer.id !== viewer.employer?.id ||
    opportunity.kind !== OpportunityKind.HOSPITERING ||
    opportunity.status === OpportunityStatus.ARCHIVED
  ) {
    notFound();
  }
  const b = t.bulkSlots;
  const dayLabel: Record<(typeof WEEKDAYS)[number], string> = {
    MONDAY: b.monday,
    TUESDAY: b.tuesday,
    WEDNESDAY: b.wednesday,
    THURSDAY: b.thursday,
    FRIDAY: b.friday,
    SATURDAY: b.saturday,
    SUNDAY: b.sunday,
  };
  const today = todayInOslo(new Date());
  const upcoming = [...opportunity.slots]
    .filter((slot) => slot.date >= today)
    .sort((a, b2) => (a.date + a.startTime).localeCompare(b2.date + b2.startTime));
  return (
    <div className="container page page-narrow stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg" id="bulk-heading">
          {interpolate(b.title, { title: opportunity.title })}
        </h1>
        <p className="ds-paragraph lead">{b.intro}</p>
      </div>
      <BulkSlotsForm
        opportunityId={opportunity.id}
        weekdays={WEEKDAYS.map((code) => ({ code, label: dayLabel[code] }))}
        today={today}
        locale={locale}
        t={b}
        errorSummaryTitle={t.auth.errorSummaryTitle}
        genericError={t.auth.genericError}
        headingId="bulk-heading"
        apiMessagesFit={locale === Locale.NB}
      />
      {upcoming.length > 0 ? (
        <section className="stack" aria-labelledby="existing-heading">
          <h2 className="ds-heading" data-size="sm" id="existing-heading">
            {b.existingHeading}
          </h2>
          <ul className="date-list ds-paragraph" data-size="sm">
            {upcoming.map((slot) => (
              <li key={slot.id}>
                <time dateTime={slot.date}>{formatShortDate(slot.date, locale)}</time>,{' '}
                {formatTimeRange(slot.startTime, slot.endTime, locale)}:{' '}
                {interpolate(b.seatsLeft, { left: slot.seatsLeft, capacity: slot.capacity })}
                {slot.seatsBooked === 0 ? (
                  <>
                    {' '}
                    <RemoveSlotButton
                      slotId={slot.id}
                      day={formatDayMonth(slot.date, locale)}
                      t={b}
                      genericError={t.auth.genericError}
                      apiMessagesFit={locale === Locale.NB}
                    />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
