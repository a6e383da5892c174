'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import {
  PREVIEW_QUERY,
  PUBLISH_MUTATION,
  PUBLISH_PROGRESS_QUERY,
  type AllocationPreview,
  type PublishProgress,
} from '@/lib/allocation-operations';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';
import styles from './allocation.module.css';

interface AllocationPanelProps {
  roundId: string;
  title: string;
  published: boolean;
  /** Dates formatted by the page: slot date (YYYY-MM-DD) → words. */
  dateWords: Record<string, string>;
  english: boolean;
  t: Dictionary['allocation'];
}

/**
 * The counsellor's preview (report, rank chart, who gets what and why) and the publish step with
 * a confirmation in place. The preview is only fetched on request: reading the pupils' choices is
 * logged for each pupil.
 */
export function AllocationPanel({
  roundId,
  title,
  published,
  dateWords,
  english,
  t,
}: AllocationPanelProps) {
  const router = useRouter();
  const [preview, setPreview] = useState<AllocationPreview | null>(null);
  const [step, setStep] = useState<'idle' | 'loading' | 'asking' | 'publishing' | 'published'>(
    'idle',
  );
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  // While the one publishing transaction runs, ask now and then how far it has come.
  const [progress, setProgress] = useState<PublishProgress | null>(null);
  useEffect(() => {
    if (step !== 'publishing') return;
    let stopped = false;
    const poll = async () => {
      try {
        const answer = await graphqlClient(PUBLISH_PROGRESS_QUERY, { roundId });
        if (!stopped) setProgress(answer.allocationPublishProgress);
      } catch {
        // A missed poll only delays the bar; the publish answer itself says how it ended.
      }
    };
    const timer = setInterval(() => void poll(), 400);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [step, roundId]);

  useEffect(() => {
    if (step === 'asking') questionRef.current?.focus();
    if (step === 'published') noticeRef.current?.focus();
  }, [step]);

  const failed = (caught: unknown) => {
    const { generic, ...byCode } = t.errors;
    setError(bookingErrorText(caught, { apiMessagesFit: !english, byCode, generic }));
  };

  async function runPreview() {
    setStep('loading');
    setError(null);
    try {
      const answer = await graphqlClient(PREVIEW_QUERY, { roundId });
      setPreview(answer.allocationPreview);
      setStep('idle');
      requestAnimationFrame(() => reportRef.current?.focus());
    } catch (caught) {
      failed(caught);
      setStep('idle');
    }
  }

  async function publish() {
    setStep('publishing');
    setError(null);
    try {
      const answer = await graphqlClient(PUBLISH_MUTATION, { roundId });
      setPreview(answer.publishAllocation);
      setStep('published');
      router.refresh();
    } catch (caught) {
      failed(caught);
      setStep('asking');
    }
  }

  const report = preview?.report;
  const maxBar = Math.max(1, ...(report?.rankDistribution ?? []));
  const isPublished = published || step === 'published' || preview?.status === 'PUBLISHED';

  return (
    <div className="stack-lg">
      <section className="stack" aria-labelledby="preview-heading">
        <h2 className="ds-heading" data-size="sm" id="preview-heading">
          {t.previewHeading}
        </h2>
        {!isPublished ? <p className="ds-paragraph">{t.previewIntro}</p> : null}
        <div className="cluster">
          <button
            type="button"
            className="ds-button"
            data-variant={preview ? 'secondary' : 'primary'}
            aria-busy={step === 'loading' || undefined}
            data-testid="run-preview"
            onClick={() => void runPreview()}
          >
            {step === 'loading' ? t.running : t.runPreview}
          </button>
        </div>
        {error && step !== 'asking' ? (
          <p className="ds-validation-message" data-field="validation" role="alert">
            {error}
          </p>
        ) : null}
      </section>

      {preview && report ? (
        <>
          <section
            className="stack"
            aria-labelledby="report-heading"
            data-testid="allocation-report"
          >
            <h2
              className="ds-heading"
              data-size="sm"
              id="report-heading"
              ref={reportRef}
              tabIndex={-1}
            >
              {t.reportHeading}
            </h2>
            <dl className={styles.figures}>
              <div className={styles.figure}>
                <dt>{t.reportBlockingPairs}</dt>
                <dd data-testid="report-blocking-pairs">{report.blockingPairs}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportFirst}</dt>
                <dd data-testid="report-first">{report.gotFirstChoice}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportSecond}</dt>
                <dd>{report.gotSecondChoice}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportFull}</dt>
                <dd>{report.pupilsFullyAssigned}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportPartial}</dt>
                <dd>{report.pupilsPartiallyAssigned}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportUnassigned}</dt>
                <dd data-testid="report-unassigned">{report.pupilsUnassigned}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportSeats}</dt>
                <dd>
                  {interpolate(t.reportSeatsValue, {
                    assigned: String(report.seatsAssigned),
                    seats: String(report.seats),
                  })}
                </dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportSeed}</dt>
                <dd>{report.seed}</dd>
              </div>
              <div className={styles.figure}>
                <dt>{t.reportRunTime}</dt>
                <dd>{interpolate(t.reportRunTimeValue, { ms: String(report.runTimeMs) })}</dd>
              </div>
            </dl>
            {report.blockingPairs === 0 ? <p className="ds-paragraph">{t.reportStable}</p> : null}
            <h3 className="ds-heading" data-size="xs" id="chart-heading">
              {t.chartHeading}
            </h3>
            <ul className={styles.chart} aria-labelledby="chart-heading">
              {report.rankDistribution.map((count, index) => (
                <li className={styles.chartRow} key={index}>
                  <span>
                    {interpolate(t.chartBar, { rank: String(index + 1), count: String(count) })}
                  </span>
                  <span
                    className={styles.bar}
                    style={{ width: `${String((count / maxBar) * 100)}%` }}
                    aria-hidden="true"
                  />
                </li>
              ))}
            </ul>
          </section>

          <section className="stack" aria-labelledby="assignments-heading">
            <h2 className="ds-heading" data-size="sm" id="assignments-heading">
              {t.assignmentsHeading}
            </h2>
            <table className={`ds-table ${styles.table}`} data-testid="allocation-assignments">
              <thead>
                <tr>
                  <th scope="col">{t.colPupil}</th>
                  <th scope="col">{t.colDays}</th>
                </tr>
              </thead>
              <tbody>
                {preview.pupils.map((pupil) => (
                  <tr key={pupil.youthId} data-testid="allocation-pupil">
                    <th scope="row">{pupil.name}</th>
                    <td>
                      {pupil.days.length === 0 ? <p className="ds-paragraph">{t.noDays}</p> : null}
                      <ul className="stack">
                        {pupil.days.map((day) => (
                          <li key={day.slotId}>
                            <strong>{dateWords[day.date] ?? day.date}</strong>: {day.title} (
                            {day.employerName})
                            <br />
                            <span className={styles.meta}>
                              {english ? day.reasonEn : day.reason}
                            </span>
                          </li>
                        ))}
                      </ul>
                      {pupil.shortfall ? (
                        <p className="ds-paragraph">
                          {english ? pupil.shortfallEn : pupil.shortfall}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}

      {step === 'published' && preview ? (
        <div
          ref={noticeRef}
          tabIndex={-1}
          className="ds-alert"
          data-color="success"
          role="status"
          data-testid="allocation-published"
        >
          <p className="ds-paragraph">
            {interpolate(t.published, { count: String(preview.bookingsCreated) })}
          </p>
        </div>
      ) : null}

      {!isPublished && preview ? (
        <section className="stack" aria-labelledby="publish-heading">
          <h2 className="ds-heading" data-size="sm" id="publish-heading">
            {t.publishHeading}
          </h2>
          {step === 'asking' || step === 'publishing' ? (
            <div
              className="lifecycle-confirm stack"
              role="group"
              aria-labelledby="publish-question"
            >
              <p className="ds-paragraph" id="publish-question" ref={questionRef} tabIndex={-1}>
                {interpolate(t.publishQuestion, { title })}
              </p>
              {step === 'publishing' ? (
                <div className="stack" data-testid="publish-progress">
                  <progress
                    aria-label={t.progressLabel}
                    max={progress && progress.total > 0 ? progress.total : undefined}
                    value={progress && progress.total > 0 ? progress.done : undefined}
                  />
                  <p className="ds-paragraph" data-size="sm" aria-live="polite">
                    {interpolate(t[`progress${progress?.phase ?? 'IDLE'}`], {
                      done: String(progress?.done ?? 0),
                      total: String(progress?.total ?? 0),
                    })}
                  </p>
                </div>
              ) : null}
              {error ? (
                <p className="ds-validation-message" data-field="validation" role="alert">
                  {error}
                </p>
              ) : null}
              <div className="cluster">
                <button
                  type="button"
                  className="ds-button"
                  data-testid="publish-confirm"
                  aria-busy={step === 'publishing' || undefined}
                  onClick={() => void publish()}
                >
                  {step === 'publishing' ? t.publishing : t.publishYes}
                </button>
                <button
                  type="button"
                  className="ds-button"
                  data-variant="secondary"
                  disabled={step === 'publishing'}
                  onClick={() => {
                    setStep('idle');
                    setError(null);
                  }}
                >
                  {t.publishNo}
                </button>
              </div>
            </div>
          ) : (
            <div className="cluster">
              <button
                type="button"
                className="ds-button"
                data-testid="publish-allocation"
                onClick={() => {
                  setStep('asking');
                }}
              >
                {t.publish}
              </button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
