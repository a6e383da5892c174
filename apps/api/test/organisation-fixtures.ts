import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { sessionCookieName } from '../src/identity/session.service';
import type { TestApi, TestClient } from './test-api';

/** Staff accounts cannot sign themselves up: tests make them (and a session) in the database. */
export async function signedInAccount(
  api: TestApi,
  db: Client,
  account: { role: string; displayName: string; email?: string; employerId?: string },
): Promise<{ id: string; client: TestClient }> {
  const email = account.email ?? `${randomBytes(5).toString('hex')}@test.example`;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO account (email, password_hash, display_name, role, employer_id)
     VALUES ($1, NULL, $2, $3, $4) RETURNING id`,
    [email, account.displayName, account.role, account.employerId ?? null],
  );
  const id = rows[0]?.id ?? '';
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO session (token_hash, account_id, expires_at)
     VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2, now() + interval '1 day')`,
    [token, id],
  );
  const client = api.client();
  client.cookie = `${sessionCookieName(api.config.COOKIE_SECURE)}=${token}`;
  return { id, client };
}

export async function insertSchool(db: Client, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO school (name, municipality_code) VALUES ($1, '4204') RETURNING id`,
    [name],
  );
  return rows[0]?.id ?? '';
}

export async function insertNavOffice(db: Client, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO nav_office (name, municipality_code) VALUES ($1, '4204') RETURNING id`,
    [name],
  );
  return rows[0]?.id ?? '';
}

export async function joinOrganisation(
  db: Client,
  accountId: string,
  role: 'SCHOOL_COUNSELLOR' | 'COORDINATOR' | 'OFFICE_LEAD',
  organisationId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO counsellor_membership (account_id, role, school_id, nav_office_id) VALUES ($1, $2, $3, $4)`,
    [
      accountId,
      role,
      role === 'SCHOOL_COUNSELLOR' ? organisationId : null,
      role === 'SCHOOL_COUNSELLOR' ? null : organisationId,
    ],
  );
}
