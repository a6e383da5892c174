import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import {
  PROGRAMME_INDICATORS_QUERY,
  type ProgrammeIndicators,
} from '@/components/counselling/indicators/indicator-operations';
import { ProgrammeIndicatorsView } from '@/components/counselling/indicators/programme-indicators-view';
import styles from '@/components/counselling/indicators/indicators.module.css';
import { intlLocale } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { graphqlServer } from '@/lib/graphql-server';
import { getViewer, signInPath } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/admin/indikatorer';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.indicators.metaTitle };
}

/**
 * The programme's indicators for programme admins (issue 8 §6): charts over the last 12 months,
 * the numbers in tables and the same numbers as CSV. Signed out: sign in first; signed in with
 * another role: not found, as for a page that does not exist.
 */
export default async function IndicatorsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(PATH));
  if (viewer.role !== 'ADMIN') notFound();
  const [{ locale, t }, indicators] = await Promise.all([
    getI18n(),
    querySignedIn(
      PATH,
      'programmeIndicators',
      async (): Promise<ProgrammeIndicators> =>
        (await graphqlServer(PROGRAMME_INDICATORS_QUERY)).programmeIndicators,
      null,
    ),
  ]);
  const s = t.indicators;
  const intl = intlLocale(locale);
  return (
    <div className="container page stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {s.title}
        </h1>
        <p className="ds-paragraph lead">{s.intro}</p>
      </div>
      {indicators === null ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{s.unavailable}</p>
        </div>
      ) : (
        <>
          <div className={styles.toolbar}>
            <a className="ds-button" data-variant="secondary" href={`${PATH}/csv`} download>
              {s.downloadCsv}
            </a>
            <p className="ds-paragraph" data-size="sm">
              {s.csvHint}{' '}
              {interpolate(s.generated, {
                time: new Intl.DateTimeFormat(intl, {
                  dateStyle: 'long',
                  timeStyle: 'short',
                  timeZone: 'Europe/Oslo',
                }).format(new Date(indicators.generatedAt)),
              })}
            </p>
          </div>
          <ProgrammeIndicatorsView indicators={indicators} t={s} intl={intl} />
        </>
      )}
    </div>
  );
}
