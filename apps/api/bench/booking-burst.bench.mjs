#!/usr/bin/env node
// Booking burst benchmark (not a test): 2,000 pupils book at once over 100 slots, through the real
// API, and the same burst through a naive check-then-insert baseline implemented here for
// comparison. Prints bookings per second, p50/p95 latency, and seats sold beyond capacity.
//
//   npx nx run api:bench-booking      (builds the API first; uses DATABASE_URL/MEILI_URL or embedded services)
//
// Each burst also prints the CPU its processes used (this one: bench clients + API; the embedded
// Postgres and Meilisearch). BENCH_PHASES=1 adds, for the API's burst, where a booking's time goes
// (waiting for a pooled connection, the transaction, waiting for the slot's lock) and how many SQL
// round trips it made; that timing wraps every query, so leave it off when comparing throughput.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const { startServices, createDatabase, dropDatabase } = require(join(root, 'infra/dist/index.js'));
const { createApp } = require(join(root, 'apps/api/dist/bootstrap.js'));
const { loadConfig } = require(join(root, 'apps/api/dist/config/app-config.js'));
const { Pool } = require('pg');

const PUPILS = 2_000;
const SLOTS = 100;
const CAPACITY = 10;

const PHASES = process.env.BENCH_PHASES === '1';
const API_APPLICATION = 'akselerator-api';

/** CPU seconds used so far by this process's descendants, by command name (Linux /proc). */
function childCpu() {
  const ticks = 100; // USER_HZ on Linux
  const parents = new Map();
  const stats = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      stats.set(Number(entry), { comm, cpu: (Number(fields[11]) + Number(fields[12])) / ticks });
    } catch {
      // The process ended while we looked.
    }
  }
  const byName = {};
  for (const [pid, { comm, cpu }] of stats) {
    let ancestor = parents.get(pid);
    while (ancestor && ancestor !== process.pid) ancestor = parents.get(ancestor);
    if (ancestor !== process.pid) continue;
    const name = comm.startsWith('postgres')
      ? 'postgres'
      : comm.startsWith('meili')
        ? 'meilisearch'
        : comm;
    byName[name] = (byName[name] ?? 0) + cpu;
  }
  return byName;
}

/**
 * Opt-in (BENCH_PHASES=1): times the API's SQL from inside this process, where the API runs. Per
 * transaction: waiting for a pooled connection, BEGIN..COMMIT, the slot lock statement, round trips.
 */
function phaseProbe() {
  const { Client, Pool } = require('pg');
  const state = {
    on: false,
    queries: 0,
    waits: [],
    transactions: [],
    lockWaits: [],
    trips: [],
    commits: [],
  };
  const isApi = (client) => client?.connectionParameters?.application_name === API_APPLICATION;
  const originalConnect = Pool.prototype.connect;
  Pool.prototype.connect = function (callback) {
    if (
      !state.on ||
      this.options.application_name !== API_APPLICATION ||
      typeof callback !== 'function'
    )
      return originalConnect.call(this, callback);
    const t0 = performance.now();
    return originalConnect.call(this, (error, client, release) => {
      state.waits.push(performance.now() - t0);
      callback(error, client, release);
    });
  };
  const originalQuery = Client.prototype.query;
  Client.prototype.query = function (...args) {
    if (!state.on || !isApi(this)) return originalQuery.apply(this, args);
    const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '');
    state.queries += 1;
    const t0 = performance.now();
    const done = () => {
      const ms = performance.now() - t0;
      if (/^\s*START TRANSACTION|^\s*BEGIN/i.test(text)) this.__bench = { t0, trips: 0, lock: 0 };
      else if (this.__bench) {
        this.__bench.trips += 1;
        if (/FOR UPDATE OF s/.test(text)) this.__bench.lock = ms;
        if (/^\s*COMMIT/i.test(text)) {
          state.commits.push(ms);
          if (this.__bench.lock > 0) {
            state.transactions.push(performance.now() - this.__bench.t0);
            state.lockWaits.push(this.__bench.lock);
            state.trips.push(this.__bench.trips);
          }
          this.__bench = undefined;
        } else if (/^\s*ROLLBACK/i.test(text)) this.__bench = undefined;
      }
    };
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...answer) => {
        done();
        last(...answer);
      };
      return originalQuery.apply(this, args);
    }
    const result = originalQuery.apply(this, args);
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };
  return state;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const dateIn = (days) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() + days * 864e5),
  );

async function burst(label, requests) {
  const latencies = [];
  const cpuBefore = process.cpuUsage();
  const childrenBefore = childCpu();
  const started = performance.now();
  const results = await Promise.all(
    requests.map(async (request) => {
      const t0 = performance.now();
      try {
        return await request();
      } finally {
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const own = process.cpuUsage(cpuBefore);
  const children = childCpu();
  const cpu = { 'bench+api (node)': (own.user + own.system) / 1e6 };
  for (const [name, total] of Object.entries(children))
    cpu[name] = total - (childrenBefore[name] ?? 0);
  return {
    label,
    cpu,
    results,
    seconds,
    perSecond: requests.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

async function main() {
  const services = await startServices({
    dataDir: join(root, '.data', 'bench'),
    databaseName: 'postgres',
  });
  const name = `aks_bench_${randomBytes(3).toString('hex')}`;
  const databaseUrl = await createDatabase(services.databaseUrl, name);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    MEILI_INDEX_PREFIX: `${name}_`,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const probe = PHASES ? phaseProbe() : undefined;
  let naiveServer;
  try {
    // An employer with 100 dated slots of 10 seats, through the API.
    let employerCookie;
    const gql = async (query, variables, cookie) => {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) employerCookie = setCookie.split(';')[0];
      return response.json();
    };
    const orgnr = (() => {
      for (let n = 940_000_000; ; n++) {
        const d = String(n).split('').map(Number);
        const s = [3, 2, 7, 6, 5, 4, 3, 2].reduce((t, w, i) => t + w * d[i], 0);
        const c = 11 - (s % 11);
        if (c !== 10 && (c === 11 ? 0 : c) === d[8]) return String(n);
      }
    })();
    await gql(`mutation($i: SignUpInput!){ signUp(input: $i){ id } }`, {
      i: {
        email: 'bench@bedrift.example',
        password: 'Benk-passord-2026',
        displayName: 'Benk',
        role: 'EMPLOYER',
        employer: { name: 'Benk AS', organisationNumber: orgnr },
      },
    });
    const slotIds = [];
    for (let batch = 0; batch < SLOTS / 50; batch++) {
      const slots = Array.from({ length: 50 }, (_, i) => ({
        date: dateIn(10 + batch * 50 + i),
        startTime: '09:00',
        endTime: '14:00',
        capacity: CAPACITY,
      }));
      const created = await gql(
        `mutation($i: CreateHospiteringInput!){ createHospitering(input: $i){ id slots { id } } }`,
        {
          i: {
            title: `Benkdag ${batch}`,
            description: 'Benchmark',
            tasks: 'Måle',
            practicalInfo: '',
            tradeCode: 'kokk',
            address: {
              street: 'Gate 1',
              postalCode: '4611',
              postalPlace: 'Kristiansand S',
              municipalityCode: '4204',
              latitude: 58.146,
              longitude: 7.995,
            },
            slots,
          },
        },
        employerCookie,
      );
      await gql(
        `mutation($id: ID!){ publishOpportunity(id: $id){ id } }`,
        { id: created.data.createHospitering.id },
        employerCookie,
      );
      slotIds.push(...created.data.createHospitering.slots.map((slot) => slot.id));
    }
    // 2,000 pupils with sessions, straight into the database.
    const tokens = Array.from({ length: PUPILS }, () => randomBytes(32).toString('base64url'));
    const { rows: pupils } = await pool.query(
      `INSERT INTO account (email, display_name, role) SELECT 'benk-' || n || '@skole.example', 'Elev ' || n, 'YOUTH' FROM generate_series(1, $1::int) n RETURNING id`,
      [PUPILS],
    );
    await pool.query(
      `INSERT INTO session (token_hash, account_id, expires_at) SELECT t.h, t.a::uuid, now() + interval '1 day' FROM unnest($1::text[], $2::text[]) t(h, a)`,
      [
        tokens.map((token) => createHash('sha256').update(token).digest('hex')),
        pupils.map((pupil) => pupil.id),
      ],
    );
    // 20 pupils per slot, arriving together: the contention a booking window opening creates.
    const choice = pupils.map((_, i) => slotIds[Math.floor(i / (PUPILS / SLOTS))]);

    // The naive baseline: read the count, then write if it looked free (no lock, no condition).
    await pool.query(
      `CREATE TABLE naive_slot (id uuid PRIMARY KEY, capacity int NOT NULL, seats_booked int NOT NULL DEFAULT 0)`,
    );
    await pool.query(
      `CREATE TABLE naive_booking (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), slot_id uuid NOT NULL, youth_id uuid NOT NULL)`,
    );
    await pool.query(`INSERT INTO naive_slot (id, capacity) SELECT unnest($1::uuid[]), $2`, [
      slotIds,
      CAPACITY,
    ]);
    naiveServer = createServer(async (req, res) => {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const { slotId, youthId } = JSON.parse(Buffer.concat(chunks).toString());
      const client = await pool.connect();
      try {
        const { rows } = await client.query(
          'SELECT capacity, seats_booked FROM naive_slot WHERE id = $1',
          [slotId],
        );
        if (rows[0].seats_booked < rows[0].capacity) {
          await client.query('BEGIN');
          await client.query('INSERT INTO naive_booking (slot_id, youth_id) VALUES ($1, $2)', [
            slotId,
            youthId,
          ]);
          await client.query('UPDATE naive_slot SET seats_booked = $2 WHERE id = $1', [
            slotId,
            rows[0].seats_booked + 1,
          ]);
          await client.query('COMMIT');
          res.end('{"booked":true}');
        } else res.end('{"booked":false}');
      } finally {
        client.release();
      }
    });
    await new Promise((resolve) => naiveServer.listen(0, '127.0.0.1', resolve));
    const naiveUrl = `http://127.0.0.1:${naiveServer.address().port}/`;

    const naive = await burst(
      'naive check-then-insert',
      pupils.map(
        (pupil, i) => async () =>
          (
            await fetch(naiveUrl, {
              method: 'POST',
              body: JSON.stringify({ slotId: choice[i], youthId: pupil.id }),
            })
          ).json(),
      ),
    );
    if (probe) probe.on = true;
    const ours = await burst(
      'Akselerator (seat guard)',
      tokens.map(
        (token, i) => async () =>
          (
            await fetch(apiUrl, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                cookie: `__Host-aks_session=${token}`,
              },
              body: JSON.stringify({
                query: 'mutation($i: BookSlotInput!){ bookSlot(input: $i){ status } }',
                variables: { i: { slotId: choice[i], idempotencyKey: randomUUID() } },
              }),
            })
          ).json(),
      ),
    );

    if (probe) probe.on = false;
    const {
      rows: [naiveCounts],
    } = await pool.query(
      `SELECT (SELECT count(*) FROM naive_booking)::int AS rows, (SELECT coalesce(sum(greatest(0, c - $1)), 0)::int FROM (SELECT count(*) AS c FROM naive_booking GROUP BY slot_id) x) AS over`,
      [CAPACITY],
    );
    const {
      rows: [ourCounts],
    } = await pool.query(
      `SELECT (SELECT count(*) FROM booking WHERE status = 'REQUESTED')::int AS held, (SELECT count(*) FROM booking WHERE status = 'WAITLISTED')::int AS waiting, (SELECT coalesce(sum(greatest(0, c - $1)), 0)::int FROM (SELECT count(*) AS c FROM booking WHERE status = 'REQUESTED' GROUP BY slot_id) x) AS over`,
      [CAPACITY],
    );
    const ourErrors = ours.results.filter((answer) => answer.errors).length;

    console.log(
      `Burst: ${PUPILS} pupils at once over ${SLOTS} slots × ${CAPACITY} seats (${SLOTS * CAPACITY} seats), pool of 10 connections each`,
    );
    console.log(
      '                                  bookings/s    p50 ms    p95 ms   seats sold beyond capacity',
    );
    for (const [run, over] of [
      [naive, naiveCounts.over],
      [ours, ourCounts.over],
    ]) {
      console.log(
        `${run.label.padEnd(32)} ${run.perSecond.toFixed(0).padStart(10)} ${run.p50.toFixed(0).padStart(9)} ${run.p95.toFixed(0).padStart(9)} ${String(over).padStart(14)}`,
      );
    }
    for (const run of [naive, ours]) {
      const used = Object.entries(run.cpu)
        .filter(([, seconds]) => seconds >= 0.05)
        .map(
          ([name, seconds]) =>
            `${name} ${seconds.toFixed(1)} s (${((100 * seconds) / run.seconds).toFixed(0)}% of a core)`,
        );
      console.log(`CPU during ${run.label} (${run.seconds.toFixed(1)} s): ${used.join(', ')}`);
    }
    if (probe) {
      const line = (name, values) =>
        `${name.padEnd(34)} n=${String(values.length).padStart(5)}  p50 ${percentile(values, 50).toFixed(1).padStart(7)}  p95 ${percentile(values, 95).toFixed(1).padStart(7)}  mean ${(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(1).padStart(7)} ms`;
      console.log('Where a seat-guarded booking spends its time (API side, ms):');
      console.log(line('wait for a pooled connection', probe.waits));
      console.log(line('booking transaction BEGIN..COMMIT', probe.transactions));
      console.log(line('  of which the slot lock statement', probe.lockWaits));
      console.log(line('  COMMIT (any transaction)', probe.commits));
      console.log(
        `SQL round trips: ${(probe.queries / PUPILS).toFixed(1)} per request in all; in a booking transaction p50 ${percentile(probe.trips, 50)}, max ${Math.max(...probe.trips)} (after BEGIN, COMMIT included)`,
      );
    }
    console.log(
      `Naive: ${naiveCounts.rows} booking rows for ${SLOTS * CAPACITY} seats. Ours: ${ourCounts.held} seats held, ${ourCounts.waiting} waitlisted, ${ourErrors} error answers.`,
    );
  } finally {
    naiveServer?.close();
    await pool.end();
    await app.close();
    await dropDatabase(services.databaseUrl, name);
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
