'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';
import { GIVE_FEEDBACK_MUTATION, MARK_ATTENDANCE_MUTATION } from '@/lib/after-day-operations';

/*
 * Plain Designsystemet markup (CSS classes), not its React components, so these islands leave the
 * chunking of the components other routes share alone (the /arbeidsgiver/ny budget).
 */

const COMMENT_MAX = 280;
const RATINGS = [1, 2, 3, 4, 5] as const;

interface Common {
  id: string;
  t: Dictionary['aftercare'];
  errors: Dictionary['bookingErrors'];
  apiMessagesFit: boolean;
}

/** A status message that takes focus when it appears, placed where the action was. */
function Notice({ text, testId }: { text: string; testId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [text]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="ds-alert"
      data-color="success"
      data-size="sm"
      role="status"
      data-testid={testId}
    >
      <p className="ds-paragraph">{text}</p>
    </div>
  );
}

function useErrorText(errors: Dictionary['bookingErrors'], apiMessagesFit: boolean) {
  return (caught: unknown) => {
    const { generic, ...byCode } = errors;
    return bookingErrorText(caught, { apiMessagesFit, byCode, generic });
  };
}

/**
 * After the day, for a confirmed booking on /arbeidsgiver: "Møtte" / "Møtte ikke". The answer is
 * a status message here; the page is refreshed underneath so the booking's status follows.
 */
export function AttendanceButtons({
  id,
  pupilName,
  day,
  t,
  errors,
  apiMessagesFit,
}: Common & { pupilName: string; day: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const errorText = useErrorText(errors, apiMessagesFit);
  const errorId = `attendance-error-${id}`;

  async function mark(attended: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(MARK_ATTENDANCE_MUTATION, { id, attended });
      setNotice(
        interpolate(attended ? t.attendedNotice : t.noShowNotice, { name: pupilName, day }),
      );
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
      router.refresh();
    }
  }

  if (notice) return <Notice text={notice} testId="attendance-notice" />;
  return (
    <div className="stack" data-testid="attendance">
      <p className="ds-paragraph" data-size="sm">
        {interpolate(t.attendedQuestion, { name: pupilName })}
      </p>
      <div className="cluster">
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          data-size="sm"
          disabled={busy}
          aria-label={interpolate(t.attendedAria, { name: pupilName, day })}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void mark(true)}
        >
          {t.attended}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          disabled={busy}
          aria-label={interpolate(t.noShowAria, { name: pupilName, day })}
          aria-describedby={error ? errorId : undefined}
          onClick={() => void mark(false)}
        >
          {t.noShow}
        </button>
      </div>
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Feedback after an attended day: a 1–5 rating as a radio group and one optional sentence. From
 * the pupil on /mine-dager ("Hvordan var dagen?") and from the employer on /arbeidsgiver ("Hvordan
 * gikk det med eleven?"). Once sent, a thank-you status takes focus and the page is refreshed so
 * the feedback shows above.
 */
export function FeedbackForm({
  id,
  side,
  t,
  errors,
  apiMessagesFit,
}: Common & { side: 'pupil' | 'employer' }) {
  const router = useRouter();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [ratingError, setRatingError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const errorText = useErrorText(errors, apiMessagesFit);
  const ids = {
    comment: `feedback-comment-${id}`,
    commentDescription: `feedback-comment-description-${id}`,
    commentError: `feedback-comment-error-${id}`,
    ratingError: `feedback-rating-error-${id}`,
    error: `feedback-error-${id}`,
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const tooLong = comment.trim().length > COMMENT_MAX;
    setRatingError(rating ? null : t.ratingRequired);
    setCommentError(tooLong ? t.commentTooLong : null);
    if (!rating) {
      firstRadio.current?.focus();
      return;
    }
    if (tooLong) {
      commentRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await graphqlClient(GIVE_FEEDBACK_MUTATION, {
        input: { bookingId: id, rating, comment: comment.trim() },
      });
      setSent(true);
      router.refresh();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  if (sent) return <Notice text={t.sent} testId="feedback-notice" />;
  return (
    <form
      noValidate
      className="feedback-form"
      data-testid="feedback-form"
      onSubmit={(event) => void submit(event)}
    >
      <fieldset
        className="ds-fieldset"
        aria-describedby={ratingError ? ids.ratingError : undefined}
      >
        <legend className="ds-label">{side === 'pupil' ? t.pupilLegend : t.employerLegend}</legend>
        {RATINGS.map((value, index) => {
          const radioId = `feedback-${id}-${String(value)}`;
          return (
            <div className="ds-field" data-position="start" key={value}>
              <input
                className="ds-input"
                type="radio"
                ref={index === 0 ? firstRadio : undefined}
                id={radioId}
                name={`feedback-rating-${id}`}
                value={String(value)}
                checked={rating === value}
                aria-invalid={ratingError ? true : undefined}
                onChange={() => {
                  setRating(value);
                  setRatingError(null);
                }}
              />
              <label className="ds-label" data-weight="regular" htmlFor={radioId}>
                {t[`rating${value}`]}
              </label>
            </div>
          );
        })}
        {ratingError ? (
          <p className="ds-validation-message" data-field="validation" id={ids.ratingError}>
            {ratingError}
          </p>
        ) : null}
      </fieldset>
      <div className="ds-field">
        <label className="ds-label" htmlFor={ids.comment}>
          {side === 'pupil' ? t.comment : t.commentEmployer}
        </label>
        <div data-field="description" id={ids.commentDescription}>
          {t.commentDescription}
        </div>
        <textarea
          className="ds-input"
          ref={commentRef}
          id={ids.comment}
          rows={2}
          value={comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={
            commentError ? `${ids.commentDescription} ${ids.commentError}` : ids.commentDescription
          }
          onChange={(event) => {
            setComment(event.target.value);
            setCommentError(null);
          }}
        />
        {commentError ? (
          <p className="ds-validation-message" data-field="validation" id={ids.commentError}>
            {commentError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        className="ds-button"
        data-variant="primary"
        data-size="sm"
        aria-busy={busy || undefined}
        aria-describedby={error ? ids.error : undefined}
      >
        {busy ? t.sending : t.send}
      </button>
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={ids.error} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
