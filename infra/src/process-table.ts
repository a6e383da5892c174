import { readdirSync, readFileSync } from 'node:fs';

/** One row of the Linux process table, read from /proc. */
export interface ProcessEntry {
  pid: number;
  ppid: number;
  /** R, S, D, Z (zombie), T, ... */
  state: string;
  /** argv joined with spaces; postgres children show their title here ("postgres: walwriter"). */
  cmdline: string;
}

export function readProcess(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { pid, ppid: Number(fields[1]), state: fields[0] ?? '?', cmdline };
  } catch {
    return undefined; // gone in the meantime
  }
}

export function listProcesses(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (/^\d+$/.test(name)) {
      const entry = readProcess(Number(name));
      if (entry) {
        entries.push(entry);
      }
    }
  }
  return entries;
}

/** Alive means present and not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  const entry = readProcess(pid);
  return entry !== undefined && entry.state !== 'Z';
}

/** All live descendants of `pid` (children, grandchildren, ...). */
export function descendantsOf(pid: number, table: ProcessEntry[] = listProcesses()): number[] {
  const found: number[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const next = table
      .filter((p) => frontier.includes(p.ppid) && p.state !== 'Z')
      .map((p) => p.pid);
    found.push(...next);
    frontier = next;
  }
  return found;
}

/** Sends `signal` and swallows "no such process". */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
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
