// Test helpers: temporary data folders and "is anything of ours still running?" checks.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isPortFree } from '../ports';
import { descendantsOf, listProcesses, type ProcessEntry } from '../process-table';
import { delay } from '../supervisor/wait-until-ready';

/** A fresh folder under the OS tmpdir, mode 0700 and owned by us (so only root could enter it). */
export function makeTempDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'aks-infra-'));
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Live processes whose command line mentions `text` (supervisors, postmaster, meilisearch all
 * carry the data folder in argv), plus all their descendants (postgres children retitle themselves).
 */
export function processesMentioning(text: string): ProcessEntry[] {
  const table = listProcesses().filter((entry) => entry.state !== 'Z' && entry.pid !== process.pid);
  const roots = table.filter((entry) => entry.cmdline.includes(text));
  const pids = new Set(roots.flatMap((root) => [root.pid, ...descendantsOf(root.pid, table)]));
  return table.filter((entry) => pids.has(entry.pid));
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
