import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { sessionCookieName } from '../../src/identity/session.service';
import type { TestApi, TestClient } from '../test-api';

/**
 * Who knocks on every operation. One of each role, and for every organisation a member of another
 * one, so "allowed for employers" and "allowed for this employer" are told apart.
 */
export const ACTORS = [
  'anonymous',
  /** Owns the fixtures: a 10th-grader at school A, in its cohort. */
  'youthA',
  /** Another pupil with a booking of her own on the same hospitering day. */
  'youthB',
  /** Owner of employer E1, which posted the hospitering and the apprenticeship. */
  'employerE1',
  /** A plain member (not owner) of E1. */
  'employerE1Member',
  /** Owner of employer E2: an employer, but not E1. */
  'employerE2',
  /** School counsellor at youth A's school. */
  'counsellorSchoolA',
  /** School counsellor at another school. */
  'counsellorOtherSchool',
  /**
   * NAV coordinator with youth C (outside school, not an actor) in the active caseload; a
   * coordinator may not take a school's pupil such as youth A.
   */
  'coordinator',
  /** A coordinator at another NAV office. */
  'coordinatorOtherOffice',
  /** Programme admin: aggregates, never personal details. */
  'admin',
] as const;

export type ActorName = (typeof ACTORS)[number];

export const SIGNED_IN: readonly ActorName[] = ACTORS.filter((actor) => actor !== 'anonymous');
export const YOUTHS: readonly ActorName[] = ['youthA', 'youthB'];
export const EMPLOYER_E1: readonly ActorName[] = ['employerE1', 'employerE1Member'];
export const EMPLOYERS: readonly ActorName[] = [...EMPLOYER_E1, 'employerE2'];
export const SCHOOL_COUNSELLORS: readonly ActorName[] = [
  'counsellorSchoolA',
  'counsellorOtherSchool',
];
/** Everyone with an organisation (employer, school or NAV office). */
export const ORGANISATION_MEMBERS: readonly ActorName[] = [
  ...EMPLOYERS,
  ...SCHOOL_COUNSELLORS,
  'coordinator',
  'coordinatorOtherOffice',
];
export const COORDINATORS: readonly ActorName[] = ['coordinator', 'coordinatorOtherOffice'];

export interface Actor {
  name: ActorName;
  /** Null for anonymous. */
  id: string | null;
  email: string | null;
  displayName: string | null;
}

/** Makes clients for the actors. Every call gets its own session (and its own IP for rate limits). */
export class ActorClients {
  private readonly actors = new Map<ActorName, Actor>();

  constructor(
    private readonly api: TestApi,
    private readonly db: Client,
  ) {
    this.actors.set('anonymous', { name: 'anonymous', id: null, email: null, displayName: null });
  }

  register(actor: Actor): void {
    this.actors.set(actor.name, actor);
  }

  get(name: ActorName): Actor {
    const actor = this.actors.get(name);
    if (!actor) throw new Error(`actor ${name} was not made by the fixture world`);
    return actor;
  }

  id(name: ActorName): string {
    const id = this.get(name).id;
    if (!id) throw new Error(`actor ${name} has no account`);
    return id;
  }

  /**
   * A fresh session for the actor, so a case that signs out (everywhere), signs up or signs in as
   * someone else never changes what the next case runs as.
   */
  async client(name: ActorName): Promise<TestClient> {
    const client = this.api.client();
    const actor = this.get(name);
    if (!actor.id) return client;
    client.cookie = await newSessionCookie(this.api, this.db, actor.id);
    return client;
  }
}

export async function newSessionCookie(
  api: TestApi,
  db: Client,
  accountId: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO session (token_hash, account_id, expires_at)
     VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2, now() + interval '1 day')`,
    [token, accountId],
  );
  return `${sessionCookieName(api.config.COOKIE_SECURE)}=${token}`;
}
