import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { YOUTH_FRAME_QUERY } from '@/components/counselling/plan/plan-operations';
import { YouthTabs } from '@/components/counselling/plan/youth-tabs';
import { requireCounsellor } from '@/components/school/require-counsellor';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The frame of a coordinator's page for one young person they follow: the name, and tabs for the
 * plan and mapping, proposals and appointments. Only the coordinator with the young person in
 * their active caseload gets it; anyone else, or an unknown id, gets "not found" alike. Opening it
 * is audited (youthOverview), so the young person sees it in their access log.
 */
export default async function YouthFrameLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ youthId: string }>;
}) {
  const { youthId } = await params;
  if (!UUID.test(youthId)) notFound();
  const base = `/veileder/ungdom/${encodeURIComponent(youthId)}`;
  await requireCounsellor(base);
  const { t } = await getI18n();
  const tp = t.plan;
  const youth = await querySignedIn(
    base,
    'youthOverview',
    async () => (await graphqlServer(YOUTH_FRAME_QUERY, { youthId })).youthOverview,
    'unavailable' as const,
  );
  if (youth === 'unavailable') {
    return (
      <div className="container page stack">
        <h1 className="ds-heading" data-size="lg">
          {tp.metaTitle}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{tp.unavailable}</p>
        </div>
      </div>
    );
  }
  // A school counsellor may see her pupil elsewhere, but this workspace is the coordinator's.
  if (youth?.accessBasis !== 'COORDINATOR') notFound();

  return (
    <div className="container page stack-lg">
      <div className="stack">
        <p className="ds-paragraph">
          <Link className="ds-link" href="/veileder" prefetch={false}>
            {tp.back}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="lg" data-testid="youth-name">
          {youth.displayName}
        </h1>
        <p className="ds-paragraph muted" data-size="sm">
          {tp.loggedNotice}
        </p>
        <YouthTabs
          label={interpolate(tp.tabsLabel, { name: youth.displayName })}
          tabs={[
            { href: base, text: tp.tabPlan },
            { href: `${base}/forslag`, text: tp.tabProposals },
            { href: `${base}/avtaler`, text: tp.tabAppointments },
          ]}
        />
      </div>
      {children}
    </div>
  );
}
