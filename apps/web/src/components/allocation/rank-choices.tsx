'use client';

import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { RANK_MUTATION } from '@/lib/allocation-operations';
import { bookingErrorText } from '@/lib/booking-errors';
import { graphqlClient } from '@/lib/graphql';
import styles from './allocation.module.css';

/** One day to rank, with its words prepared by the page (so this island loads no formatting). */
export interface RankableDay {
  slotId: string;
  title: string;
  /** e.g. "tirsdag 3. mars, kl. 09.00–14.00 · Salong Markens AS". */
  meta: string;
}

interface RankChoicesProps {
  roundId: string;
  days: RankableDay[];
  initialRanking: string[];
  /** The days ordered by the pupil's recommendations; empty when they have no profile. */
  suggestedRanking: string[];
  min: number;
  max: number;
  t: Dictionary['allocation'];
  apiMessagesFit: boolean;
}

type FocusTarget = { slotId: string; action: 'up' | 'down' | 'remove' | 'add' } | null;

/**
 * A pupil orders the round's days. Two ways that do the same: drag an item (pointer), or the
 * Opp / Ned buttons on each item (keyboard, screen readers, touch). Every change is announced in
 * a polite live region ("Frisør er nå nummer 2 av 4"), and focus stays on the button that moved
 * the item, in its new place. Nothing is sent until "Lagre rangeringen".
 */
export function RankChoices({
  roundId,
  days,
  initialRanking,
  suggestedRanking,
  min,
  max,
  t,
  apiMessagesFit,
}: RankChoicesProps) {
  const router = useRouter();
  const byId = new Map(days.map((day) => [day.slotId, day]));
  const [ranking, setRanking] = useState<string[]>(() =>
    initialRanking.filter((slotId) => byId.has(slotId)),
  );
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  // Where focus goes after the next change of the ranking (set with the change, used after render).
  const pendingFocus = useRef<FocusTarget>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const savedRef = useRef<HTMLParagraphElement>(null);
  const errorId = `rank-error-${roundId}`;

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    buttons.current.get(`${target.action}:${target.slotId}`)?.focus();
  }, [ranking]);

  useEffect(() => {
    if (status === 'saved') savedRef.current?.focus();
  }, [status]);

  const titleOf = (slotId: string): string => byId.get(slotId)?.title ?? '';
  const changed = (next: string[], message: string, focus: FocusTarget) => {
    setRanking(next);
    setAnnouncement(message);
    setStatus('idle');
    setError(null);
    pendingFocus.current = focus;
  };

  function move(slotId: string, to: number, focusAction: 'up' | 'down' | null) {
    const from = ranking.indexOf(slotId);
    if (from < 0 || to < 0 || to >= ranking.length || from === to) return;
    const next = [...ranking];
    next.splice(from, 1);
    next.splice(to, 0, slotId);
    // At the top there is no "up" any more: keep focus on the item's other move button.
    const action =
      focusAction === 'up' && to === 0
        ? 'down'
        : focusAction === 'down' && to === next.length - 1
          ? 'up'
          : focusAction;
    changed(
      next,
      interpolate(t.announceMoved, {
        title: titleOf(slotId),
        position: String(to + 1),
        count: String(next.length),
      }),
      action ? { slotId, action } : null,
    );
  }

  function add(slotId: string) {
    if (ranking.includes(slotId) || ranking.length >= max) return;
    const next = [...ranking, slotId];
    const remaining = days.filter((day) => !next.includes(day.slotId));
    changed(
      next,
      interpolate(t.announceAdded, { title: titleOf(slotId), position: String(next.length) }),
      remaining[0] ? { slotId: remaining[0].slotId, action: 'add' } : { slotId, action: 'remove' },
    );
  }

  function remove(slotId: string) {
    const index = ranking.indexOf(slotId);
    const next = ranking.filter((candidate) => candidate !== slotId);
    const neighbour = next[Math.min(index, next.length - 1)];
    changed(
      next,
      interpolate(t.announceRemoved, { title: titleOf(slotId) }),
      neighbour ? { slotId: neighbour, action: 'remove' } : { slotId, action: 'add' },
    );
  }

  function applySuggestion() {
    const next = suggestedRanking.filter((slotId) => byId.has(slotId)).slice(0, max);
    const top = next[0];
    if (!top) return;
    changed(next, interpolate(t.announceSuggested, { title: titleOf(top) }), null);
  }

  async function save() {
    if (ranking.length < min) {
      setError(interpolate(t.tooFew, { min: String(min) }));
      return;
    }
    setStatus('saving');
    setError(null);
    try {
      await graphqlClient(RANK_MUTATION, { input: { roundId, slotIds: ranking } });
      setStatus('saved');
      router.refresh();
    } catch (caught) {
      const { generic, ...byCode } = t.errors;
      setError(bookingErrorText(caught, { apiMessagesFit, byCode, generic }));
      setStatus('idle');
    }
  }

  const onDragStart = (slotId: string) => (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', slotId);
    setDragging(slotId);
  };
  const onDragOver = (slotId: string) => (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropTarget !== slotId) setDropTarget(slotId);
  };
  const onDrop = (slotId: string) => (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    const moved = event.dataTransfer.getData('text/plain') || dragging;
    setDragging(null);
    setDropTarget(null);
    if (moved) move(moved, ranking.indexOf(slotId), null);
  };
  const onDragEnd = () => {
    setDragging(null);
    setDropTarget(null);
  };
  const register = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  const available = days.filter((day) => !ranking.includes(day.slotId));
  const headingId = `rank-heading-${roundId}`;
  const availableId = `rank-available-${roundId}`;

  return (
    <div className="stack-lg" data-testid="rank-choices">
      <section className="stack" aria-labelledby={headingId}>
        <h3 className="ds-heading" data-size="xs" id={headingId}>
          {t.rankHeading}
        </h3>
        <p className="ds-paragraph">
          {interpolate(t.rankHint, { min: String(min), max: String(max) })}
        </p>
        {ranking.length === 0 ? <p className="ds-paragraph">{t.emptyRanking}</p> : null}
        {suggestedRanking.length > 0 ? (
          <div className="cluster">
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-size="sm"
              aria-describedby={`rank-suggest-hint-${roundId}`}
              onClick={applySuggestion}
            >
              {t.suggest}
            </button>
            <span className={styles.meta} id={`rank-suggest-hint-${roundId}`}>
              {t.suggestHint}
            </span>
          </div>
        ) : null}
        <ol className={styles.rankList} aria-labelledby={headingId}>
          {ranking.map((slotId, index) => {
            const day = byId.get(slotId);
            if (!day) return null;
            return (
              <li
                key={slotId}
                className={styles.rankItem}
                draggable
                data-testid="rank-item"
                data-slot-id={slotId}
                data-dragging={dragging === slotId || undefined}
                data-drop-target={(dropTarget === slotId && dragging !== slotId) || undefined}
                onDragStart={onDragStart(slotId)}
                onDragOver={onDragOver(slotId)}
                onDrop={onDrop(slotId)}
                onDragEnd={onDragEnd}
              >
                <span className={styles.position}>{index + 1}.</span>
                <span className={styles.what}>
                  <span>{day.title}</span>
                  <span className={styles.meta}>{day.meta}</span>
                </span>
                <span className={styles.actions}>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    ref={register(`up:${slotId}`)}
                    aria-label={interpolate(t.moveUpLabel, { title: day.title })}
                    disabled={index === 0}
                    onClick={() => {
                      move(slotId, index - 1, 'up');
                    }}
                  >
                    {t.moveUp}
                  </button>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    ref={register(`down:${slotId}`)}
                    aria-label={interpolate(t.moveDownLabel, { title: day.title })}
                    disabled={index === ranking.length - 1}
                    onClick={() => {
                      move(slotId, index + 1, 'down');
                    }}
                  >
                    {t.moveDown}
                  </button>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="tertiary"
                    data-size="sm"
                    ref={register(`remove:${slotId}`)}
                    aria-label={interpolate(t.removeLabel, { title: day.title })}
                    onClick={() => {
                      remove(slotId);
                    }}
                  >
                    {t.remove}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      {available.length > 0 ? (
        <section className="stack" aria-labelledby={availableId}>
          <h3 className="ds-heading" data-size="xs" id={availableId}>
            {t.availableHeading}
          </h3>
          <ul className={styles.rankList}>
            {available.map((day) => (
              <li key={day.slotId} className={styles.rankItem} data-testid="rank-available">
                <span aria-hidden="true" />
                <span className={styles.what}>
                  <span>{day.title}</span>
                  <span className={styles.meta}>{day.meta}</span>
                </span>
                <span className={styles.actions}>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    ref={register(`add:${day.slotId}`)}
                    aria-label={interpolate(t.addLabel, { title: day.title })}
                    disabled={ranking.length >= max}
                    onClick={() => {
                      add(day.slotId);
                    }}
                  >
                    {t.add}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="ds-sr-only" role="status" aria-live="polite" data-testid="rank-announcement">
        {announcement}
      </p>

      <div className="stack">
        {error ? (
          <p className="ds-validation-message" data-field="validation" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
        {status === 'saved' ? (
          <p
            className="ds-alert"
            data-color="success"
            role="status"
            tabIndex={-1}
            ref={savedRef}
            data-testid="rank-saved"
          >
            {t.saved}
          </p>
        ) : null}
        <div className="cluster">
          <button
            type="button"
            className="ds-button"
            data-testid="rank-save"
            aria-busy={status === 'saving' || undefined}
            aria-describedby={error ? errorId : undefined}
            onClick={() => void save()}
          >
            {status === 'saving' ? t.saving : t.save}
          </button>
        </div>
      </div>
    </div>
  );
}
