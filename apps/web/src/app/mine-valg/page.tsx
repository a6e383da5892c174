import type { Metadata } from 'next';
import Link from 'next/link';
import { Locale } from '@akselerator/domain';
import { RankChoices, type RankableDay } from '@/components/allocation/rank-choices';
import { AssignedDays } from '@/components/allocation/assigned-days';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { MY_ROUNDS_QUERY, type PupilRound } from '@/lib/allocation-operations';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { requireYouth } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/mine-valg';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.allocation.pupilMetaTitle };
}

function RoundSection({ round, locale, t }: { round: PupilRound; locale: Locale; t: Dictionary }) {
  const a = t.allocation;
  const headingId = `round-${round.id}`;
  const days: RankableDay[] = round.slots.map((slot) => ({
    slotId: slot.slotId,
    title: slot.title,
    meta: `${formatDayMonth(slot.date, locale)}, ${formatTimeRange(slot.startTime, slot.endTime, locale)} · ${slot.employerName}`,
  }));
  const byId = new Map(days.map((day) => [day.slotId, day]));
  return (
    <section
      className="ds-card stack"
      data-color="neutral"
      aria-labelledby={headingId}
      data-testid="pupil-round"
    >
      <h2 className="ds-heading" data-size="sm" id={headingId}>
        {round.title}
      </h2>
      {round.status === 'PUBLISHED' ? (
        <AssignedDays
          days={round.assignedDays}
          shortfall={locale === Locale.EN ? round.shortfallEn : round.shortfall}
          locale={locale}
          t={a}
        />
      ) : (
        <>
          <p className="ds-paragraph">
            {interpolate(a.pupilIntro, { days: String(round.daysPerPupil) })}{' '}
            {interpolate(a.deadline, { date: formatLongDate(round.choicesDeadline, locale) })}
          </p>
          {round.canRank ? (
            <RankChoices
              roundId={round.id}
              days={days}
              initialRanking={round.myRanking}
              suggestedRanking={round.suggestedRanking}
              min={round.minChoices}
              max={round.maxChoices}
              t={a}
              apiMessagesFit={locale !== Locale.EN}
            />
          ) : (
            <>
              <p className="ds-paragraph">{a.closed}</p>
              <ol>
                {round.myRanking.map((slotId) => (
                  <li key={slotId}>
                    {byId.get(slotId)?.title} – {byId.get(slotId)?.meta}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      {round.status === 'PUBLISHED' && round.assignedDays.length > 0 ? (
        <p className="ds-paragraph">
          <Link className="ds-link" href="/mine-dager">
            {a.myDaysLink}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export default async function MyChoicesPage() {
  await requireYouth(PATH);
  const [{ locale, t }, rounds] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'myAllocationRounds',
      async () => (await graphqlServer(MY_ROUNDS_QUERY)).myAllocationRounds,
      'unavailable' as const,
    ),
  ]);
  const a = t.allocation;
  return (
    <div className="container page page-narrow stack-lg">
      <h1 className="ds-heading" data-size="lg">
        {a.pupilTitle}
      </h1>
      <LiveRefresh kinds={['ALLOCATION_PUBLISHED']} />
      {rounds === 'unavailable' ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{a.pupilUnavailable}</p>
        </div>
      ) : rounds.length === 0 ? (
        <p className="ds-paragraph">{a.noPupilRounds}</p>
      ) : (
        rounds.map((round) => <RoundSection key={round.id} round={round} locale={locale} t={t} />)
      )}
    </div>
  );
}
