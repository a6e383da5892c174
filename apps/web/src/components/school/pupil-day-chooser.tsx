'use client';

import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import styles from './day-chooser.module.css';
import {
  BOOK_FOR_PUPIL_MUTATION,
  MOVE_BOOKING_FOR_PUPIL_MUTATION,
} from './school-booking-operations';

/** One of the pupil's active days, with its labels made by the server page. */
export interface CurrentDay {
  id: string;
  date: string;
  title: string;
  employerName: string;
  dayLabel: string;
  statusLabel: string;
  statusColor: string;
  bookedOnBehalf: boolean;
}

/** One day to choose, with its labels made by the server page. */
export interface ChoosableDay {
  slotId: string;
  date: string;
  title: string;
  employerName: string;
  tradeLabel: string;
  dateLabel: string;
  dayLabel: string;
  timeLabel: string;
  seatsLeft: number;
}

interface PupilDayChooserProps {
  youthId: string;
  pupilName: string;
  current: CurrentDay[];
  days: ChoosableDay[];
  /** The GET form for programme, trade and month (server-rendered, works without JS). */
  filters: ReactNode;
  t: Dictionary['schoolBooking'];
  errors: Record<string, string> & { generic: string };
  apiMessagesFit: boolean;
}

/**
 * "Book en dag for eleven" and "Flytt til en annen dag" on the pupil's page: choose a day (radio
 * list), confirm in place, send once. The idempotency key is made for the first attempt at a
 * choice and reused for every retry of that same choice, so a lost answer never books twice; it
 * is dropped once the booking went through. Errors stay next to the choice, which is kept.
 */
export function PupilDayChooser({
  youthId,
  pupilName,
  current,
  days,
  filters,
  t,
  errors,
  apiMessagesFit,
}: PupilDayChooserProps) {
  const router = useRouter();
  const [moving, setMoving] = useState<CurrentDay | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pending = useRef<{ signature: string; key: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusHeading = useRef(false);

  useEffect(() => {
    if (step === 'confirm') questionRef.current?.focus();
  }, [step]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus();
    }
  }, [moving]);

  const chosen = days.find((day) => day.slotId === selected) ?? null;
  const takenDates = new Set(current.filter((day) => day.id !== moving?.id).map((day) => day.date));
  const errorId = 'day-chooser-error';

  function startMove(day: CurrentDay | null) {
    focusHeading.current = true;
    setMoving(day);
    setStep('choose');
    setError(null);
    setNotice(null);
  }

  function next(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) {
      setError(t.chooseFirst);
      return;
    }
    setError(null);
    setStep('confirm');
  }

  async function send() {
    if (busy || !chosen) return;
    const signature = `${moving?.id ?? 'book'}:${chosen.slotId}`;
    if (pending.current?.signature !== signature) {
      pending.current = { signature, key: newIdempotencyKey() };
    }
    const idempotencyKey = pending.current.key;
    setBusy(true);
    setError(null);
    try {
      const status = moving
        ? (
            await graphqlClient(MOVE_BOOKING_FOR_PUPIL_MUTATION, {
              input: {
                bookingId: moving.id,
                toSlotId: chosen.slotId,
                idempotencyKey,
                joinWaitlist: false,
              },
            })
          ).moveBookingForPupil.status
        : (
            await graphqlClient(BOOK_FOR_PUPIL_MUTATION, {
              youthId,
              input: { slotId: chosen.slotId, idempotencyKey, joinWaitlist: false },
            })
          ).bookForPupil.status;
      pending.current = null;
      const values = { name: pupilName, day: chosen.dayLabel, employer: chosen.employerName };
      setNotice(
        interpolate(moving ? t.moved : status === 'WAITLISTED' ? t.waitlisted : t.booked, values),
      );
      setMoving(null);
      setSelected(null);
      setStep('choose');
      router.refresh();
    } catch (caught) {
      const { generic, ...byCode } = errors;
      setError(bookingErrorText(caught, { apiMessagesFit, byCode, generic }));
    } finally {
      setBusy(false);
    }
  }

  const errorMessage = error ? (
    <ValidationMessage id={errorId} role="alert" data-testid="day-chooser-error">
      {error}
    </ValidationMessage>
  ) : null;

  return (
    <>
      <section className="stack" aria-labelledby="pupil-current-days">
        <h2 className="ds-heading" data-size="sm" id="pupil-current-days">
          {t.daysHeading}
        </h2>
        {current.length === 0 ? (
          <p className="ds-paragraph">{t.noActiveDays}</p>
        ) : (
          <ul className={styles.current} data-testid="pupil-current-days">
            {current.map((day) => (
              <li
                key={day.id}
                className={styles.currentDay}
                data-testid="pupil-current-day"
                data-date={day.date}
              >
                <div className="stack" style={{ gap: '0.25rem' }}>
                  <strong>
                    {day.dayLabel}: {day.title}
                  </strong>
                  <span>{day.employerName}</span>
                  <span className="cluster">
                    <span className="ds-tag" data-color={day.statusColor}>
                      {day.statusLabel}
                    </span>
                    {day.bookedOnBehalf ? (
                      <span className="ds-tag" data-color="neutral">
                        {t.onBehalfTag}
                      </span>
                    ) : null}
                  </span>
                </div>
                <Button
                  type="button"
                  variant="secondary"
                  data-size="sm"
                  aria-label={interpolate(t.moveAria, { title: day.title, day: day.dayLabel })}
                  aria-pressed={moving?.id === day.id}
                  onClick={() => {
                    startMove(day);
                  }}
                >
                  {t.move}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="ds-card stack" aria-labelledby="day-chooser-heading">
        <h2
          className="ds-heading"
          data-size="sm"
          id="day-chooser-heading"
          ref={headingRef}
          tabIndex={-1}
        >
          {moving
            ? interpolate(t.moveHeading, { title: moving.title, day: moving.dayLabel })
            : t.bookHeading}
        </h2>
        {moving ? (
          <p className="ds-paragraph">
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => {
                startMove(null);
              }}
            >
              {t.cancelMove}
            </Button>
          </p>
        ) : null}
        <p className="ds-paragraph">{t.bookIntro}</p>
        {filters}
        <div aria-live="polite">
          {notice ? (
            <div
              ref={noticeRef}
              tabIndex={-1}
              className="ds-alert"
              data-color="success"
              role="status"
              data-testid="day-chooser-notice"
            >
              <p className="ds-paragraph">{notice}</p>
            </div>
          ) : null}
        </div>
        {step === 'confirm' && chosen ? (
          <div className="stack" role="group" aria-labelledby="day-chooser-question">
            <p
              className="ds-paragraph"
              id="day-chooser-question"
              ref={questionRef}
              tabIndex={-1}
              data-testid="day-chooser-question"
            >
              {interpolate(moving ? t.confirmMove : t.confirmBook, {
                name: pupilName,
                title: chosen.title,
                employer: chosen.employerName,
                day: `${chosen.dayLabel} ${chosen.timeLabel}`,
                from: moving ? moving.dayLabel : '',
              })}
            </p>
            <div className="cluster">
              <Button
                type="button"
                loading={busy}
                aria-describedby={error ? errorId : undefined}
                onClick={() => void send()}
              >
                {busy ? t.working : moving ? t.yesMove : t.yesBook}
              </Button>
              <Button
                type="button"
                variant="secondary"
                disabled={busy}
                onClick={() => {
                  setError(null);
                  setStep('choose');
                }}
              >
                {t.back}
              </Button>
            </div>
            {errorMessage}
          </div>
        ) : days.length === 0 ? (
          <p className="ds-paragraph" data-testid="day-chooser-empty">
            {t.noDays}
          </p>
        ) : (
          <form noValidate className="stack" onSubmit={next}>
            <fieldset className="ds-fieldset" aria-describedby={error ? errorId : undefined}>
              <legend className="ds-label">{t.chooseLegend}</legend>
              <ul className={styles.days}>
                {days.map((day) => {
                  const taken = takenDates.has(day.date);
                  const id = `day-${day.slotId}`;
                  return (
                    <li key={day.slotId}>
                      <label
                        className={styles.day}
                        htmlFor={id}
                        data-testid="bookable-day"
                        data-date={day.date}
                      >
                        <input
                          type="radio"
                          id={id}
                          name="day"
                          value={day.slotId}
                          checked={selected === day.slotId}
                          disabled={taken}
                          onChange={() => {
                            setSelected(day.slotId);
                            setError(null);
                          }}
                        />
                        <span className={styles.dayText}>
                          <strong>
                            {day.dateLabel}, {day.timeLabel}
                          </strong>
                          <span>
                            {day.title} – {day.employerName} ({day.tradeLabel})
                          </span>
                          <span className="muted">
                            {taken
                              ? t.alreadyThatDate
                              : day.seatsLeft === 1
                                ? t.seatLeft
                                : interpolate(t.seatsLeft, { n: day.seatsLeft })}
                          </span>
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            {errorMessage}
            <div className="form-actions">
              <Button type="submit">{t.next}</Button>
            </div>
          </form>
        )}
      </section>
    </>
  );
}
