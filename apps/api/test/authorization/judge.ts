import type { GraphQLResponse } from '../test-api';
import type { ActorName } from './actors';
import type { PersonalMarkers } from './world';

/** `extensions.code`s that mean "not for you" (not-found included: denials look like absence). */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'NO_ORGANISATION',
  'NOT_A_SCHOOL_COUNSELLOR',
]);

export type Outcome =
  | { kind: 'data'; tolerated?: string }
  | { kind: 'refused'; code: string }
  | { kind: 'empty' }
  | { kind: 'error'; code: string; message: string };

/** The values at a dotted path under `data`; lists along the way are looked into. */
export function valuesAt(data: unknown, path: string): unknown[] {
  let current: unknown[] = [data];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || value === undefined) continue;
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) next.push(...(inner as unknown[]));
      else next.push(inner);
    }
    current = next;
  }
  return current.filter((value) => value !== null && value !== undefined);
}

/** Reads an answer as data, a refusal, nothing (null / empty list), or some other error. */
export function outcomeOf(
  answer: GraphQLResponse<unknown>,
  path: string,
  tolerate: readonly string[] = [],
  refusedAs: readonly string[] = [],
): Outcome {
  const errors = answer.errors ?? [];
  const isRefusal = (code: string) => REFUSAL_CODES.has(code) || refusedAs.includes(code);
  const refusal = errors.find((error) => isRefusal(error.extensions?.code ?? ''));
  if (refusal) return { kind: 'refused', code: refusal.extensions?.code ?? '' };
  const other = errors.find((error) => !tolerate.includes(error.extensions?.code ?? ''));
  if (other)
    return { kind: 'error', code: other.extensions?.code ?? 'NO_CODE', message: other.message };
  if (errors.length > 0) return { kind: 'data', tolerated: errors[0]?.extensions?.code ?? '' };
  // An empty list at the path itself counts as nothing; so does null anywhere along it.
  const values = valuesAt(answer.data, path);
  return values.length === 0 ? { kind: 'empty' } : { kind: 'data' };
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'data':
      return outcome.tolerated ? `let through (${outcome.tolerated})` : 'data';
    case 'empty':
      return 'null/empty';
    case 'refused':
      return `refused ${outcome.code}`;
    case 'error':
      return `error ${outcome.code}: ${outcome.message}`;
  }
}

/** Personal data the actor may not see but the answer contains. */
export function leaksIn(
  answer: unknown,
  actor: ActorName,
  markers: readonly PersonalMarkers[],
): string[] {
  const text = JSON.stringify(answer);
  return markers
    .filter((marker) => !marker.seenBy.includes(actor))
    .flatMap((marker) =>
      marker.texts
        .filter((personal) => personal.length > 0 && text.includes(personal))
        .map((personal) => `${marker.owner}'s "${personal}"`),
    );
}
