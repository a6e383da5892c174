import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Locale } from '@akselerator/domain';
import { AllocationPanel } from '@/components/allocation/allocation-panel';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { ALLOCATION_ROUND_QUERY, type AllocationRound } from '@/lib/allocation-operations';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { requireCounsellor } from '../require-counsellor';

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.allocation.metaTitle };
}

export default async function AllocationRoundPage({ params }: PageProps) {
  const { id } = await params;
  const path = `/skole/fordeling/${encodeURIComponent(id)}`;
  await requireCounsellor(path);
  const [{ locale, t }, round] = await Promise.all([
    getI18n(),
    querySignedIn(
      path,
      'allocationRound',
      async (): Promise<AllocationRound | null> => {
        try {
          return (await graphqlServer(ALLOCATION_ROUND_QUERY, { id })).allocationRound;
        } catch (error) {
          if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
          throw error;
        }
      },
      'unavailable' as const,
    ),
  ]);
  if (round === null) notFound();
  const a = t.allocation;
  if (round === 'unavailable') {
    return (
      <div className="container page page-narrow stack-lg">
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{a.unavailable}</p>
        </div>
      </div>
    );
  }
  const dateWords = Object.fromEntries(
    round.slots.map((slot) => [slot.date, formatDayMonth(slot.date, locale)]),
  );
  const published = round.status === 'PUBLISHED';

  return (
    <div className="container page page-narrow stack-lg">
      <p className="ds-paragraph">
        <Link className="ds-link" href="/skole/fordeling">
          {a.backToRounds}
        </Link>
      </p>
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {round.title}
        </h1>
        <p className="ds-paragraph">
          {round.cohortName} ·{' '}
          <span className="ds-tag" data-color={published ? 'success' : 'info'}>
            {published ? a.statusPUBLISHED : a.statusOPEN}
          </span>{' '}
          · {interpolate(a.deadline, { date: formatLongDate(round.choicesDeadline, locale) })}
        </p>
      </div>

      <section className="stack" aria-labelledby="pupils-heading">
        <h2 className="ds-heading" data-size="sm" id="pupils-heading">
          {a.pupilsHeading}
        </h2>
        <ul className="stack" data-testid="round-pupils">
          {round.pupils.map((pupil) => (
            <li key={pupil.youthId}>
              {pupil.name}:{' '}
              {pupil.choicesCount > 0
                ? interpolate(a.pupilRanked, { count: String(pupil.choicesCount) })
                : a.pupilNotRanked}
            </li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="slots-heading">
        <h2 className="ds-heading" data-size="sm" id="slots-heading">
          {a.slotsHeading}
        </h2>
        <ul className="stack">
          {round.slots.map((slot) => (
            <li key={slot.slotId}>
              {formatDayMonth(slot.date, locale)},{' '}
              {formatTimeRange(slot.startTime, slot.endTime, locale)}: {slot.title} (
              {slot.employerName}) · {interpolate(a.slotSeats, { seats: String(slot.seatsLeft) })}
            </li>
          ))}
        </ul>
      </section>

      <AllocationPanel
        roundId={round.id}
        title={round.title}
        published={published}
        dateWords={dateWords}
        english={locale === Locale.EN}
        t={a}
      />
    </div>
  );
}
