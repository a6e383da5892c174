#!/usr/bin/env node
// `npm start`: builds what is needed, starts Postgres + Meilisearch (embedded unless DATABASE_URL /
// MEILI_URL are set), the API with the demo city, and the web app. Ctrl-C stops all of it.
//
//   node infra/bin/start-platform.mjs [--skip-build] [--fresh --data-dir DIR] [--api-port N] [--web-port N]
//                                     [--no-demo] [--quiet] [--verbose]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const startedAt = performance.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    'api-port': { type: 'string', default: process.env.API_PORT ?? '4000' },
    'web-port': { type: 'string', default: process.env.WEB_PORT ?? '3000' },
    'no-demo': { type: 'boolean', default: false },
    // Start from empty databases (the e2e run uses this on its own data folder).
    fresh: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const say = (line) => console.log(`[akselerator] ${line}`);
const children = [];
let stopping = false;
let services;

// setpriv --pdeathsig makes a child die with this process even if it is killed hard.
const hasSetpriv = spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status === 0;
function launch(name, command, commandArgs, options) {
  const [file, fileArgs] = hasSetpriv
    ? ['setpriv', ['--pdeathsig', 'SIGTERM', '--', command, ...commandArgs]]
    : [command, commandArgs];
  const child = spawn(file, fileArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.name = name;
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting down.`);
      void shutdown(1);
    }
  });
  return child;
}

async function waitForHttp(url, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all([...children].reverse().map(stopChild));
  await services?.stop();
  say('stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function printApiLogs(child) {
  const forward = (stream) =>
    createInterface({ input: stream }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        if (!args.quiet) console.log(`[api] ${line}`);
        return;
      }
      if (entry.msg === 'demo sign-ins' && Array.isArray(entry.signIns)) {
        say('demo sign-ins:');
        for (const { role, email, password } of entry.signIns)
          say(`  ${role.padEnd(10)} ${email}  /  ${password}`);
      } else if (entry.level >= 40 && !args.quiet) {
        console.log(
          `[api] ${entry.msg ?? line}${entry.err ? `: ${typeof entry.err === 'string' ? entry.err : entry.err.message}` : ''}`,
        );
      }
    });
  forward(child.stdout);
  forward(child.stderr);
}

function printPlain(child, prefix) {
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (!args.quiet) console.log(`[${prefix}] ${line}`);
    });
  }
}

/** A port given by flag or variable, checked before anything starts. */
function portOption(flag, variable) {
  const value = args[flag];
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port < 1 || port > 65535) {
    throw new Error(
      `${variable} (or --${flag}) must be a port number from 1 to 65535, got "${value}"`,
    );
  }
  return port;
}

async function main() {
  const apiPort = portOption('api-port', 'API_PORT');
  const webPort = portOption('web-port', 'WEB_PORT');
  if (apiPort === webPort) throw new Error(`API_PORT and WEB_PORT are both ${apiPort}`);
  if (!args['skip-build']) {
    say('building (cached after the first time)…');
    const build = spawnSync(
      process.execPath,
      [
        require.resolve('nx/bin/nx.js'),
        'run-many',
        '-t',
        'build',
        '-p',
        'domain',
        'matching',
        'infra',
        'api',
        'web',
        '--outputStyle=static',
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          NX_DAEMON: 'false',
          NX_NO_CLOUD: 'true',
          NEXT_TELEMETRY_DISABLED: '1',
        },
      },
    );
    if (build.status !== 0) throw new Error('the build failed; see the output above');
  }
  for (const built of ['infra/dist/index.js', 'apps/api/dist/main.js', 'apps/web/.next/BUILD_ID']) {
    if (!existsSync(join(root, built)))
      throw new Error(`${built} is missing: run without --skip-build`);
  }

  const { startServices, isPortFree } = require(join(root, 'infra/dist/index.js'));
  // Before Postgres and Meilisearch start: a taken port is one clear line, not a stack trace later.
  // The API listens on HOST; the printed web address is "localhost", which a browser may also
  // reach over IPv6, so a listener on ::1 would answer in the web app's place.
  const apiHost = process.env.HOST || '127.0.0.1';
  for (const [port, hosts, what, variable] of [
    [apiPort, [...new Set(['127.0.0.1', apiHost])], 'the API', 'API_PORT'],
    [webPort, ['127.0.0.1', '::1'], 'the web app', 'WEB_PORT'],
  ]) {
    for (const host of hosts) {
      if (!(await isPortFree(port, host))) {
        throw new Error(
          `port ${port} for ${what} is already in use on ${host} (or needs privileges): stop what listens there, or choose another with ${variable}=…`,
        );
      }
    }
  }
  if (args.fresh) {
    if (!args['data-dir'])
      throw new Error("--fresh needs --data-dir, so it never wipes the platform's own data");
    rmSync(resolve(root, args['data-dir']), { recursive: true, force: true });
  }
  services = await startServices({
    dataDir: args['data-dir'],
    log: args.verbose ? (line) => say(line) : undefined,
  });
  say(
    `Postgres ${services.embedded.postgres ? '(embedded)' : '(DATABASE_URL)'} and Meilisearch ${services.embedded.meilisearch ? '(embedded)' : '(MEILI_URL)'} are up`,
  );

  const apiUrl = `http://127.0.0.1:${args['api-port']}`;
  const api = launch('API', process.execPath, ['apps/api/dist/main.js'], {
    env: {
      ...process.env,
      PORT: args['api-port'],
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      SEED_DEMO_CITY: process.env.SEED_DEMO_CITY ?? String(!args['no-demo']),
      PUBLIC_API_URL: process.env.PUBLIC_API_URL ?? `http://localhost:${args['api-port']}`,
      // The live channel accepts only the web app's own origin.
      WEB_ORIGINS:
        process.env.WEB_ORIGINS ??
        `http://localhost:${args['web-port']},http://127.0.0.1:${args['web-port']}`,
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      // Introspection stays on for a local demo so GraphQL tools can explore the schema.
      GRAPHQL_INTROSPECTION: process.env.GRAPHQL_INTROSPECTION ?? 'true',
    },
  });
  printApiLogs(api);
  await waitForHttp(`${apiUrl}/health`, 'The API');

  const webUrl = `http://localhost:${args['web-port']}`;
  const web = launch(
    'web',
    process.execPath,
    [
      require.resolve('next/dist/bin/next'),
      'start',
      'apps/web',
      '--port',
      args['web-port'],
      '--hostname',
      '127.0.0.1',
    ],
    {
      env: {
        ...process.env,
        API_URL: apiUrl,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  );
  printPlain(web, 'web');
  await waitForHttp(`http://127.0.0.1:${args['web-port']}/`, 'The web app');
  if (stopping) return;

  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  say(`ready in ${seconds} s`);
  say(`  web:     ${webUrl}`);
  say(`  GraphQL: ${apiUrl}/graphql`);
  say(`  health:  ${apiUrl}/health`);
  say('Press Ctrl-C to stop everything.');
}

main().catch(async (error) => {
  console.error(`[akselerator] could not start: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
