import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InfraErrorCode, InfraException } from './infra-exception';

/** An OS account other than ours that a service process runs as (root runs postgres as `postgres`). */
export interface OsAccount {
  uid: number;
  gid: number;
}

/**
 * Adds the execute bits when any is missing (npm packages may ship binaries without them).
 * Idempotent, and never calls chmod when nothing is missing, so a read-only node_modules works.
 */
export async function ensureExecutable(file: string): Promise<void> {
  const { mode } = await stat(file);
  if ((mode & 0o111) !== 0o111) {
    await chmod(file, (mode & 0o7777) | 0o555);
  }
}

/**
 * Makes `dir` and every ancestor traversable (search permission) for `account`, adding only the
 * execute bit of the class that applies (owner, group or others); listing is not granted. Without
 * an account (it does not exist yet) "others" must be able to traverse. Returns what it changed.
 */
export async function ensureTraversable(dir: string, account?: OsAccount): Promise<string[]> {
  const changed: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const { mode, uid, gid } = await stat(current);
    const bit =
      account === undefined
        ? 0o001
        : account.uid === uid
          ? 0o100
          : account.gid === gid
            ? 0o010
            : 0o001;
    if ((mode & bit) === 0) {
      await chmod(current, (mode & 0o7777) | bit);
      changed.push(current);
    }
    const parent = path.dirname(current);
    if (parent === current) {
      return changed;
    }
    current = parent;
  }
}

/**
 * Reads the secret persisted in `file`, or creates one (32 random bytes, base64url, mode 0600) so a
 * restart with the same data directory keeps the same credentials.
 */
export async function readOrCreateSecret(file: string): Promise<string> {
  const existing = await readSecret(file);
  if (existing !== undefined) {
    return existing;
  }
  const secret = randomBytes(32).toString('base64url');
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      // Another process created it first: use theirs.
      const raced = await readSecret(file);
      if (raced !== undefined) {
        return raced;
      }
    }
    throw error;
  }
}

async function readSecret(file: string): Promise<string | undefined> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  const secret = content.trim();
  if (secret.length < 16) {
    throw new InfraException(
      InfraErrorCode.DATA_DIR_INVALID,
      `${file} must hold a secret of at least 16 characters`,
    );
  }
  return secret;
}
