import type { Metadata } from 'next';
import Link from 'next/link';
import { addDays, Locale, todayInOslo } from '@akselerator/domain';
import {
  OpenRoundForm,
  type CohortChoice,
  type SlotChoice,
} from '@/components/allocation/open-round-form';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { ALLOCATION_ROUNDS_QUERY, SLOT_OPTIONS_QUERY } from '@/lib/allocation-operations';
import { formatDayMonth, formatLongDate, formatTimeRange } from '@/lib/format';
import { GraphQLRequestError } from '@/lib/graphql';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { requireCounsellor } from './require-counsellor';

const PATH = '/skole/fordeling';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.allocation.metaTitle };
}

export default async function AllocationRoundsPage() {
  await requireCounsellor(PATH);
  const [{ locale, t }, data] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'allocationRounds',
      async () => {
        try {
          const [rounds, options] = await Promise.all([
            graphqlServer(ALLOCATION_ROUNDS_QUERY),
            graphqlServer(SLOT_OPTIONS_QUERY),
          ]);
          return { ...rounds, slotOptions: options.allocationSlotOptions };
        } catch (error) {
          // A NAV coordinator is a counsellor too, but rounds belong to schools.
          if (error instanceof GraphQLRequestError && error.code === 'NOT_A_SCHOOL_COUNSELLOR') {
            return 'not-counsellor' as const;
          }
          throw error;
        }
      },
      'unavailable' as const,
    ),
  ]);
  const a = t.allocation;
  if (data === 'unavailable' || data === 'not-counsellor') {
    return (
      <div className="container page page-narrow stack-lg">
        <h1 className="ds-heading" data-size="lg">
          {a.title}
        </h1>
        <div className="ds-alert" data-color={data === 'unavailable' ? 'warning' : 'info'}>
          <p className="ds-paragraph">{data === 'unavailable' ? a.unavailable : a.notCounsellor}</p>
        </div>
      </div>
    );
  }
  const cohorts: CohortChoice[] = data.myCohorts.map((cohort) => ({
    id: cohort.id,
    label: interpolate(a.cohortOption, {
      name: cohort.name,
      year: cohort.schoolYear,
      school: cohort.schoolName,
    }),
  }));
  const slots: SlotChoice[] = data.slotOptions.map((slot) => ({
    slotId: slot.slotId,
    date: slot.date,
    label: `${slot.title} – ${slot.employerName}`,
    meta: `${formatDayMonth(slot.date, locale)}, ${formatTimeRange(slot.startTime, slot.endTime, locale)} · ${interpolate(a.slotSeats, { seats: String(slot.seatsLeft) })}`,
  }));

  return (
    <div className="container page page-narrow stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {a.title}
        </h1>
        <p className="ds-paragraph lead">{a.intro}</p>
      </div>

      <section className="stack" aria-labelledby="rounds-heading">
        <h2 className="ds-heading" data-size="md" id="rounds-heading">
          {a.roundsHeading}
        </h2>
        {data.allocationRounds.length === 0 ? (
          <p className="ds-paragraph">{a.noRounds}</p>
        ) : (
          <ul className="stack" data-testid="allocation-rounds">
            {data.allocationRounds.map((round) => {
              const ranked = round.pupils.filter((pupil) => pupil.choicesCount > 0).length;
              return (
                <li key={round.id} className="ds-card stack" data-color="neutral">
                  <h3 className="ds-heading" data-size="xs">
                    <Link
                      className="ds-link"
                      href={`${PATH}/${encodeURIComponent(round.id)}`}
                      aria-label={interpolate(a.showRound, { title: round.title })}
                    >
                      {round.title}
                    </Link>{' '}
                    <span
                      className="ds-tag"
                      data-color={round.status === 'PUBLISHED' ? 'success' : 'info'}
                    >
                      {round.status === 'PUBLISHED' ? a.statusPUBLISHED : a.statusOPEN}
                    </span>
                  </h3>
                  <p className="ds-paragraph">
                    {round.cohortName} ·{' '}
                    {interpolate(a.rankedCount, {
                      ranked: String(ranked),
                      total: String(round.pupils.length),
                    })}{' '}
                    ·{' '}
                    {interpolate(a.deadline, {
                      date: formatLongDate(round.choicesDeadline, locale),
                    })}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="new-round-heading">
        <h2 className="ds-heading" data-size="md" id="new-round-heading">
          {a.newHeading}
        </h2>
        <OpenRoundForm
          cohorts={cohorts}
          slots={slots}
          defaultDeadline={addDays(todayInOslo(new Date()), 7)}
          t={a}
          apiMessagesFit={locale !== Locale.EN}
        />
      </section>
    </div>
  );
}
