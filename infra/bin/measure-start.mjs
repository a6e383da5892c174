#!/usr/bin/env node
// `npx nx run infra:measure-start`: how long `npm start` takes until the search page answers with
// the demo city's hits, on an installed and built checkout; and that Ctrl-C (SIGINT) leaves no
// process and no bound port behind. The first run starts on empty databases (the demo city is
// loaded), the next ones on the data it left. Uses its own data folder and free ports, so it can run
// beside a platform that is already up. Ctrl-C goes to the platform's whole process group, as a
// terminal sends it.
//
//   node infra/bin/measure-start.mjs [--runs 3] [--query frisor]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: 'frisor' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 2) throw new Error('--runs must be a whole number ≥ 2');

const { findFreePort, isPortFree, processesMentioning } = require(
  join(root, 'infra/dist/index.js'),
);
const dataDir = join(root, '.data', 'measure-start');
rmSync(dataDir, { recursive: true, force: true });

/** What still runs from this run's data folder (Postgres, Meilisearch, supervisors, children). */
const processesLeft = () =>
  processesMentioning(dataDir).map((entry) => `${entry.pid} ${entry.cmdline}`);

async function searchAnswers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    // The result heading counts the hits: "… treffene (44)".
    return response.ok && /treffene \(\d+\)/.test(await response.text());
  } catch {
    return false;
  }
}

/** Two free ports, never the same one twice. */
async function twoFreePorts() {
  const first = await findFreePort();
  for (;;) {
    const second = await findFreePort();
    if (second !== first) return [first, second];
  }
}

/** Ctrl-C as a terminal sends it: SIGINT to the whole process group, then a deadline. */
async function pressCtrlC(platform, exited, timeoutMs = 30_000) {
  if (platform.exitCode !== null || platform.signalCode !== null) return;
  process.kill(-platform.pid, 'SIGINT');
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise((wait) => setTimeout(() => wait(false), timeoutMs)),
  ]);
  if (!inTime) process.kill(-platform.pid, 'SIGKILL');
}

async function oneStart(label) {
  const [apiPort, webPort] = await twoFreePorts();
  const searchUrl = `http://127.0.0.1:${webPort}/?q=${encodeURIComponent(args.query)}`;
  const started = performance.now();
  // Its own process group, like a command typed in a terminal.
  const platform = spawn(
    process.execPath,
    [
      join(root, 'infra/bin/start-platform.mjs'),
      '--skip-build',
      '--quiet',
      '--data-dir',
      dataDir,
      '--api-port',
      String(apiPort),
      '--web-port',
      String(webPort),
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const exited = new Promise((done) => platform.once('exit', done));
  let seconds;
  let stopSeconds;
  try {
    while (!(await searchAnswers(searchUrl))) {
      if (platform.exitCode !== null || platform.signalCode !== null)
        throw new Error(`${label}: npm start ended before the search page answered`);
      if (performance.now() - started > 180_000) throw new Error(`${label}: no answer in 180 s`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
    seconds = (performance.now() - started) / 1000;
  } finally {
    const stopping = performance.now();
    await pressCtrlC(platform, exited);
    stopSeconds = (performance.now() - stopping) / 1000;
  }
  await new Promise((wait) => setTimeout(wait, 500));
  const left = processesLeft();
  const bound = [];
  for (const port of [apiPort, webPort]) if (!(await isPortFree(port))) bound.push(port);
  return { label, seconds, stopSeconds, left, bound };
}

const results = [];
try {
  results.push(await oneStart('empty databases (demo city loaded)'));
  for (let run = 1; run < runs; run++) results.push(await oneStart(`with data, run ${run}`));
} finally {
  // Only once every start has been stopped (or has failed and been stopped).
  if (processesLeft().length === 0) rmSync(dataDir, { recursive: true, force: true });
}

console.log(`npm start → search page "${args.query}" answers with hits; then Ctrl-C (SIGINT)`);
console.log('run                                   answers after   stopped after   left behind');
for (const result of results) {
  const left = result.left.length + result.bound.length;
  console.log(
    `${result.label.padEnd(38)}${`${result.seconds.toFixed(1)} s`.padStart(13)}${`${result.stopSeconds.toFixed(1)} s`.padStart(16)}${String(left === 0 ? 'nothing' : `${result.left.length} processes, ports ${result.bound.join(', ')}`).padStart(14)}`,
  );
}
const warm = results
  .slice(1)
  .map((result) => result.seconds)
  .sort((a, b) => a - b);
console.log(
  `median with data: ${warm[Math.floor(warm.length / 2)].toFixed(1)} s; first start on empty databases: ${results[0].seconds.toFixed(1)} s (the baseline it is compared to)`,
);
if (results.some((result) => result.left.length > 0 || result.bound.length > 0)) {
  for (const result of results) for (const line of result.left) console.error(`left: ${line}`);
  process.exit(1);
}
