#!/usr/bin/env node
// `npx nx run infra:measure-start`: how long `npm start` takes until the search page answers with
// the demo city's hits, on an installed and built checkout; and that Ctrl-C (SIGINT) leaves no
// process and no bound port behind. The first run starts on empty databases (the demo city is
// loaded), the next ones on the data it left. Uses its own data folder and free ports, so it can run
// beside a platform that is already up.
//
//   node infra/bin/measure-start.mjs [--runs 3] [--query frisor]
import { spawn, spawnSync } from 'node:child_process';
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

const { findFreePort, isPortFree } = require(join(root, 'infra/dist/index.js'));
const dataDir = join(root, '.data', 'measure-start');
rmSync(dataDir, { recursive: true, force: true });

/** Processes whose command line names this run's data folder (Postgres, Meilisearch, supervisors). */
function processesLeft() {
  const listing = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return listing
    .split('\n')
    .filter((line) => line.includes(dataDir) && !line.includes('measure-start.mjs'));
}

async function searchAnswers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    // The result heading counts the hits: "… treffene (44)".
    return response.ok && /treffene \(\d+\)/.test(await response.text());
  } catch {
    return false;
  }
}

async function oneStart(label) {
  const [apiPort, webPort] = [await findFreePort(), await findFreePort()];
  const searchUrl = `http://127.0.0.1:${webPort}/?q=${encodeURIComponent(args.query)}`;
  const started = performance.now();
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
    { cwd: root, stdio: 'ignore' },
  );
  const exited = new Promise((done) => platform.once('exit', done));
  while (!(await searchAnswers(searchUrl))) {
    if (platform.exitCode !== null) throw new Error(`${label}: npm start exited early`);
    if (performance.now() - started > 180_000) throw new Error(`${label}: no answer in 180 s`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const seconds = (performance.now() - started) / 1000;

  platform.kill('SIGINT');
  const stopping = performance.now();
  await exited;
  const stopSeconds = (performance.now() - stopping) / 1000;
  await new Promise((wait) => setTimeout(wait, 500));
  const left = processesLeft();
  const bound = [];
  for (const port of [apiPort, webPort]) if (!(await isPortFree(port))) bound.push(port);
  return { label, seconds, stopSeconds, left, bound };
}

const results = [await oneStart('empty databases (demo city loaded)')];
for (let run = 1; run < runs; run++) results.push(await oneStart(`with data, run ${run}`));

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
rmSync(dataDir, { recursive: true, force: true });
if (results.some((result) => result.left.length > 0 || result.bound.length > 0)) {
  for (const result of results) for (const line of result.left) console.error(`left: ${line}`);
  process.exit(1);
}
