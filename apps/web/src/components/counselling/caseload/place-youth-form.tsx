'use client';

import { useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { REASSIGN_MUTATION, ROUTE_INTAKE_MUTATION } from './caseload-operations';

export interface CoordinatorChoice {
  id: string;
  label: string;
}

interface PlaceYouthFormProps {
  /** Place a waiting request (`requestId`), or move a young person (the lead types the id). */
  mode: 'ROUTE' | 'MOVE';
  requestId?: string;
  youthName?: string;
  /** For moving: the office's young people, each labelled with their coordinator. */
  youths?: readonly CoordinatorChoice[];
  coordinators: readonly CoordinatorChoice[];
  max: number;
  t: Dictionary['intake'];
}

/**
 * The office lead places a waiting request with a coordinator, or moves a young person. A full
 * coordinator is refused by the API (CASELOAD_FULL), said plainly next to the choice.
 */
export function PlaceYouthForm({
  mode,
  requestId,
  youthName,
  youths = [],
  coordinators,
  max,
  t,
}: PlaceYouthFormProps) {
  const router = useRouter();
  const [coordinatorId, setCoordinatorId] = useState('');
  const [youthId, setYouthId] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const base = mode === 'ROUTE' ? `route-${requestId ?? ''}` : 'move';

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || coordinatorId === '' || (mode === 'MOVE' && youthId === '')) return;
    setBusy(true);
    try {
      if (mode === 'ROUTE') {
        await graphqlClient(ROUTE_INTAKE_MUTATION, { requestId: requestId ?? '', coordinatorId });
        setMessage({ text: t.routedDone, error: false });
      } else {
        await graphqlClient(REASSIGN_MUTATION, { youthId: youthId.trim(), coordinatorId });
        setMessage({ text: t.reassigned, error: false });
        setYouthId('');
      }
      router.refresh();
    } catch (error) {
      setMessage({
        text:
          error instanceof GraphQLRequestError
            ? error.code === 'CASELOAD_FULL'
              ? t.full.replace('{max}', String(max))
              : error.message
            : t.officeUnavailable,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
      {mode === 'MOVE' ? (
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${base}-youth`}>
            {t.youthId}
          </label>
          <select
            id={`${base}-youth`}
            className="ds-input"
            value={youthId}
            onChange={(event) => {
              setYouthId(event.target.value);
              setMessage(null);
            }}
          >
            <option value="">{t.chooseYouth}</option>
            {youths.map((youth) => (
              <option key={youth.id} value={youth.id}>
                {youth.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${base}-coordinator`}>
          {t.routeTo}
        </label>
        <select
          id={`${base}-coordinator`}
          className="ds-input"
          value={coordinatorId}
          aria-invalid={message?.error ? true : undefined}
          aria-describedby={message ? `${base}-message` : undefined}
          onChange={(event) => {
            setCoordinatorId(event.target.value);
            setMessage(null);
          }}
        >
          <option value="">{t.chooseCoordinator}</option>
          {coordinators.map((coordinator) => (
            <option key={coordinator.id} value={coordinator.id}>
              {coordinator.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button
          className="ds-button"
          data-variant="primary"
          type="submit"
          aria-disabled={busy}
          aria-label={
            mode === 'ROUTE' && youthName ? t.routeAria.replace('{name}', youthName) : undefined
          }
        >
          {mode === 'ROUTE' ? t.route : t.reassign}
        </button>
      </div>
      <div aria-live="polite">
        {message ? (
          <p
            id={`${base}-message`}
            className={message.error ? 'ds-validation-message' : 'ds-paragraph'}
            data-size="sm"
            data-testid="place-message"
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
