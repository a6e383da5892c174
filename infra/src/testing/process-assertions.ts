// Test helpers: temporary data folders and "is anything of ours still running?" checks.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isPortFree } from '../ports';
import { processesMentioning, type ProcessEntry } from '../process-table';
import { delay } from '../supervisor/wait-until-ready';

// Kept here too: the infra specs take all their process checks from this file.
export { processesMentioning };

/** A fresh folder under the OS tmpdir, mode 0700 and owned by us (so only root could enter it). */
export function makeTempDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'aks-infra-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Waits (bounded) until no process mentions `text`; returns what is left. */
export async function waitUntilNoProcessMentions(
  text: string,
  timeoutMs = 10_000,
): Promise<ProcessEntry[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesMentioning(text);
  while (left.length > 0 && Date.now() < deadline) {
    await delay(100);
    left = processesMentioning(text);
  }
  return left;
}

/** The ports among `ports` that something still listens on. */
export async function portsInUse(ports: number[]): Promise<number[]> {
  const free = await Promise.all(ports.map((port) => isPortFree(port)));
  return ports.filter((_, index) => !free[index]);
}

export function portOf(url: string): number {
  return Number(new URL(url).port);
}
