import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EIGHT_WEEK_QUERY } from '@/components/counselling/proposals/proposal-operations';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { formatInstantDay } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { getCounsellorRole } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/veileder/atte-uker';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.proposals.eightWeeks.metaTitle };
}

/**
 * 8 uker uten tilbud: the coordinator's own young people (the office lead: the whole office's)
 * who have waited 56 days or more without an offer of work, education, training or activity,
 * the longest wait first; one's own young people are linked to their page (the lead sees the
 * others' names, and their coordinator).
 */
export default async function EightWeekPage() {
  const viewer = await requireCounsellor(PATH);
  const role = await getCounsellorRole();
  if (role !== 'COORDINATOR' && role !== 'OFFICE_LEAD') notFound();
  const [{ locale, t }, entries] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'eightWeekList',
      async () => (await graphqlServer(EIGHT_WEEK_QUERY)).eightWeekList,
      null,
    ),
  ]);
  const w = t.proposals.eightWeeks;
  const lead = role === 'OFFICE_LEAD';
  return (
    <div className="container page stack">
      <h1 className="ds-heading" data-size="lg">
        {w.title}
      </h1>
      <p className="ds-paragraph lead">{lead ? w.introLead : w.introCoordinator}</p>
      <p className="ds-paragraph" data-size="sm">
        {w.rule}
      </p>
      {entries === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{w.unavailable}</p>
        </div>
      ) : entries.length === 0 ? (
        <p className="ds-paragraph" data-testid="eight-week-empty">
          {w.empty}
        </p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table className="ds-table" data-testid="eight-week-list">
            <caption>{w.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.youth}</th>
                {lead ? <th scope="col">{w.coordinator}</th> : null}
                <th scope="col">{w.since}</th>
                <th scope="col">{w.days}</th>
                <th scope="col">{w.lastOffer}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.youthId}>
                  <th scope="row">
                    {/* The young person's page is their own coordinator's workspace. */}
                    {entry.coordinatorId === viewer.id ? (
                      <Link
                        className="ds-link"
                        href={`/veileder/ungdom/${encodeURIComponent(entry.youthId)}`}
                      >
                        {entry.youthName}
                      </Link>
                    ) : (
                      entry.youthName
                    )}
                  </th>
                  {lead ? <td>{entry.coordinatorName}</td> : null}
                  <td>{formatInstantDay(entry.waitingSince, locale)}</td>
                  <td>{interpolate(w.daysValue, { days: String(entry.daysWaited) })}</td>
                  <td>{entry.lastOfferKind ? w.offerKinds[entry.lastOfferKind] : w.never}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
