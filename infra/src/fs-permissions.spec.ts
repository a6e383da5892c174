import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureExecutable, ensureTraversable, readOrCreateSecret } from './fs-permissions';
import { InfraErrorCode } from './infra-exception';
import { makeTempDataDir, removeDataDir } from './testing/process-assertions';

async function modeOf(file: string): Promise<number> {
  return (await stat(file)).mode & 0o7777;
}

describe('fs-permissions', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await makeTempDataDir();
  });

  afterEach(async () => {
    await removeDataDir(dir);
  });

  describe(ensureExecutable.name, () => {
    it('adds r-x for everyone when an execute bit is missing, and is idempotent', async () => {
      const file = path.join(dir, 'tool');
      await writeFile(file, '');
      await chmod(file, 0o640);

      await ensureExecutable(file);
      await ensureExecutable(file);

      expect(await modeOf(file)).toBe(0o755);
    });

    it('leaves an executable file alone', async () => {
      const file = path.join(dir, 'tool');
      await writeFile(file, '');
      await chmod(file, 0o711);

      await ensureExecutable(file);

      expect(await modeOf(file)).toBe(0o711);
    });
  });

  describe(ensureTraversable.name, () => {
    it('adds only the search bit for others on folders the account cannot enter', async () => {
      const deep = path.join(dir, 'a', 'b');
      await mkdir(deep, { recursive: true });
      await chmod(path.join(dir, 'a'), 0o700);
      await chmod(deep, 0o750);
      const stranger = { uid: 4242, gid: 4242 };

      const changed = await ensureTraversable(deep, stranger);

      expect(changed).toEqual([deep, path.join(dir, 'a'), dir]);
      expect(await modeOf(deep)).toBe(0o751);
      expect(await modeOf(path.join(dir, 'a'))).toBe(0o701);
      expect(await ensureTraversable(deep, stranger)).toEqual([]);
    });

    it('uses the owner and group bits when they apply', async () => {
      const owned = path.join(dir, 'owned');
      await mkdir(owned, { mode: 0o700 });
      const { uid, gid } = await stat(owned);
      await chmod(dir, 0o755);

      expect(await ensureTraversable(owned, { uid, gid })).toEqual([]);
      await chmod(owned, 0o600);
      expect(await ensureTraversable(owned, { uid, gid: gid + 1 })).toEqual([owned]);
      expect(await modeOf(owned)).toBe(0o700);
      await chmod(owned, 0o600);
      expect(await ensureTraversable(owned, { uid: uid + 1, gid })).toEqual([owned]);
      expect(await modeOf(owned)).toBe(0o610);
    });

    it('makes folders traversable for "others" when the account does not exist yet', async () => {
      await chmod(dir, 0o700);

      expect(await ensureTraversable(dir)).toEqual([dir]);
      expect(await modeOf(dir)).toBe(0o701);
    });

    (process.getuid?.() === 0 ? it : it.skip)(
      'lets the postgres OS account really enter',
      async () => {
        const deep = path.join(dir, 'x', 'y');
        await mkdir(deep, { recursive: true, mode: 0o700 });
        await chmod(path.join(dir, 'x'), 0o700);
        await chmod(dir, 0o700);
        const account = {
          uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
          gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
        };
        const enter = () =>
          execFileSync('setpriv', [
            '--reuid',
            String(account.uid),
            '--regid',
            String(account.gid),
            '--clear-groups',
            'test',
            '-x',
            deep,
          ]);

        expect(enter).toThrow();
        await ensureTraversable(deep, account);
        expect(enter).not.toThrow();
      },
    );
  });

  describe(readOrCreateSecret.name, () => {
    it('creates a random secret once (mode 0600) and returns the same one afterwards', async () => {
      const file = path.join(dir, 'service.key');

      const secret = await readOrCreateSecret(file);

      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await readOrCreateSecret(file)).toBe(secret);
      expect(await modeOf(file)).toBe(0o600);
      expect(await readOrCreateSecret(path.join(dir, 'other.key'))).not.toBe(secret);
    });

    it('returns the same secret to concurrent callers', async () => {
      const file = path.join(dir, 'raced.key');

      const secrets = await Promise.all([1, 2, 3, 4].map(() => readOrCreateSecret(file)));

      expect(new Set(secrets).size).toBe(1);
      expect((await readFile(file, 'utf8')).trim()).toBe(secrets[0]);
    });

    it('rejects a persisted secret shorter than 16 characters', async () => {
      const file = path.join(dir, 'short.key');
      await writeFile(file, 'short\n');

      await expect(readOrCreateSecret(file)).rejects.toMatchObject({
        code: InfraErrorCode.DATA_DIR_INVALID,
        message: `${file} must hold a secret of at least 16 characters`,
      });
    });
  });
});
