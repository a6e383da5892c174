#!/usr/bin/env node
// Search benchmark (not a test): generates 100,000 opportunities (the demo city's generator, with
// apprenticeships and simple jobs mixed in), loads them into Postgres, builds the search indexes
// from Postgres, then measures one search (text + 3 filters + nearest first) at concurrency 1 and
// 32 with autocannon:
//   - through the GraphQL API (the built API in its own process),
//   - against Meilisearch directly, with the very multi-search the API sends (the baseline),
//   - against Meilisearch directly, as one plain search (what a bare client would send),
//   - through the GraphQL API with Meilisearch unreachable (the Postgres full-text fallback).
// Prints a table with ratios to the direct Meilisearch figure and writes it as JSON.
//
//   npx nx run api:bench-search                      (builds the API first)
//   node apps/api/bench/search-latency.bench.mjs --count 20000 --duration 5 --out /tmp/search.json
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    out: { type: 'string', default: join(root, 'apps/api/bench/results/search.json') },
    // A build of the API elsewhere in the workspace (so a rebuild of apps/api/dist cannot interfere).
    'api-dist': { type: 'string', default: join(root, 'apps/api/dist') },
    keep: { type: 'boolean', default: false },
  },
});
const apiDist = resolve(args['api-dist']);
const dist = (path) => require(join(apiDist, path));
const { startServices, createDatabase, dropDatabase, findFreePort } = require(
  join(root, 'infra/dist/index.js'),
);
const { generateDemoCity } = dist('demo-city/demo-city.generator.js');
const { rebuildSearchIndexes } = dist('search/rebuild-index.js');
const { MeilisearchOpportunitySearch } = dist('search/meilisearch-opportunity-search.js');
const { createMeilisearchHttpClient } = dist('search/meilisearch-http-client.js');
const { SearchSort } = dist('search/dtos/search-opportunities.input.js');
const { databaseOptions } = dist('database/database-options.js');
const { DataSource } = require('typeorm');
const { Meilisearch } = require('meilisearch');
const { Pool } = require('pg');
const autocannon = require('autocannon');

const COUNT = Number(args.count);
const DURATION = Number(args.duration);
const ADAPTATIONS = [
  'SHORT_DAYS',
  'QUIET_WORKPLACE',
  'FIXED_CONTACT_PERSON',
  'FLEXIBLE_START',
  'PHYSICALLY_LIGHT',
  'WRITTEN_INSTRUCTIONS',
  'STEP_FREE_ACCESS',
  'PLAIN_LANGUAGE',
];

const osloDate = (days) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() + days * 864e5),
  );
const today = osloDate(0);
const percentile = (sorted, p) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const log = (message) => console.error(`[bench-search] ${message}`);

/** The API in its own process, as in production, so the load generator does not share its loop. */
async function startApi(env, label) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [join(apiDist, 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO_CITY: 'false',
      COOKIE_SECURE: 'false',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${label} API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status < 500 || attempt > 600) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** 100,000 listings in Postgres: the demo city's hospitering, a fifth turned into other kinds. */
async function load(pool) {
  const started = performance.now();
  const city = generateDemoCity({
    seed: 2026,
    today,
    employerCount: Math.max(160, Math.round(COUNT / 30)),
    opportunityCount: COUNT,
  });
  log(
    `generated ${city.opportunities.length} listings in ${Math.round(performance.now() - started)} ms`,
  );
  const chunk = (rows, size) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, n) =>
      rows.slice(n * size, (n + 1) * size),
    );
  for (const rows of chunk(city.employers, 5_000)) {
    await pool.query(
      `INSERT INTO employer (id, name, organisation_number)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
      [rows.map((e) => e.id), rows.map((e) => e.name), rows.map((e) => e.organisationNumber)],
    );
  }
  const listings = city.opportunities.map((opportunity, n) => {
    const kind = n % 10 < 7 ? 'HOSPITERING' : n % 10 < 9 ? 'APPRENTICESHIP' : 'SIMPLE_JOB';
    const start =
      kind === 'APPRENTICESHIP'
        ? osloDate(150 + (n % 120))
        : kind === 'SIMPLE_JOB' && n % 3
          ? osloDate(7 + (n % 60))
          : null;
    return {
      ...opportunity,
      // The demo ids are hashes meant for hundreds of listings; at this size they can collide.
      id: randomUUID(),
      kind,
      start,
      deadline: kind === 'APPRENTICESHIP' ? osloDate(60 + (n % 80)) : null,
      places: kind === 'APPRENTICESHIP' ? 1 + (n % 4) : null,
      hours: kind === 'SIMPLE_JOB' ? 4 + (n % 17) : null,
      adaptations: ADAPTATIONS.filter((_, a) => (n * 7 + a * 13) % 5 === 0).join(','),
      slots: kind === 'HOSPITERING' ? opportunity.slots : [],
    };
  });
  for (const rows of chunk(listings, 2_000)) {
    const column = (pick) => rows.map(pick);
    await pool.query(
      `INSERT INTO opportunity (id, employer_id, kind, status, title, description, tasks, practical_info,
         programme_code, trade_code, street, postal_code, postal_place, municipality_code, latitude,
         longitude, published_at, start_date, application_deadline, places, hours_per_week,
         adaptations_offered)
       SELECT id, employer_id, kind, 'PUBLISHED', title, description, tasks, practical_info,
              programme_code, trade_code, street, postal_code, postal_place, municipality_code,
              latitude, longitude, now(), start_date, deadline, places, hours,
              string_to_array(adaptations, ',')
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
                     $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                     $13::text[], $14::float8[], $15::float8[], $16::date[], $17::date[], $18::int[],
                     $19::numeric[], $20::text[])
           AS t(id, employer_id, kind, title, description, tasks, practical_info, programme_code,
                trade_code, street, postal_code, postal_place, municipality_code, latitude,
                longitude, start_date, deadline, places, hours, adaptations)`,
      [
        column((o) => o.id),
        column((o) => o.employerId),
        column((o) => o.kind),
        column((o) => o.title),
        column((o) => o.description),
        column((o) => o.tasks),
        column((o) => o.practicalInfo),
        column((o) => o.programmeCode),
        column((o) => o.tradeCode),
        column((o) => o.address.street),
        column((o) => o.address.postalCode),
        column((o) => o.address.postalPlace),
        column((o) => o.address.municipalityCode),
        column((o) => o.address.latitude),
        column((o) => o.address.longitude),
        column((o) => o.start),
        column((o) => o.deadline),
        column((o) => o.places),
        column((o) => o.hours),
        column((o) => o.adaptations),
      ],
    );
  }
  const slots = listings.flatMap((o) => o.slots.map((slot) => ({ ...slot, opportunityId: o.id })));
  for (const rows of chunk(slots, 10_000)) {
    await pool.query(
      `INSERT INTO slot (opportunity_id, date, start_time, end_time, capacity, seats_booked)
       SELECT opportunity_id, date, start_time, end_time, capacity, (capacity * seats) / 10
         FROM unnest($1::uuid[], $2::date[], $3::time[], $4::time[], $5::int[], $6::int[])
           AS t(opportunity_id, date, start_time, end_time, capacity, seats)`,
      [
        rows.map((s) => s.opportunityId),
        rows.map((s) => s.date),
        rows.map((s) => s.startTime),
        rows.map((s) => s.endTime),
        rows.map((s) => s.capacity),
        rows.map((_, n) => (n * 7) % 11),
      ],
    );
  }
  await pool.query('ANALYZE');
  return {
    listings: listings.length,
    slots: slots.length,
    employers: city.employers.length,
    ms: performance.now() - started,
  };
}

/** autocannon with every response's latency kept, so p95 is exact (autocannon reports p97.5). */
function measure(label, { url, bodies, headers, connections, verify }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let next = 0;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: bodies[0],
        // One body, or a different search on every request (round robin).
        ...(bodies.length > 1
          ? {
              requests: [
                {
                  setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
                },
              ],
            }
          : {}),
        connections,
        duration: DURATION,
        verifyBody: verify,
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          label,
          connections,
          requests: latencies.length,
          perSecond: Math.round(latencies.length / DURATION),
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          failed: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

async function warmUp(url, bodies, headers) {
  for (let n = 0; n < 30; n++) {
    const body = bodies[n % bodies.length];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    await response.text();
  }
}

async function main() {
  const services = await startServices({
    dataDir: join(root, '.data', 'bench'),
    databaseName: 'postgres',
  });
  const name = `aks_bench_search_${randomBytes(3).toString('hex')}`;
  const databaseUrl = await createDatabase(services.databaseUrl, name);
  const prefix = `${name}_`;
  // The transport the API and the reindex command use.
  const meili = new Meilisearch({
    host: services.meiliUrl,
    apiKey: services.meiliMasterKey,
    httpClient: createMeilisearchHttpClient(),
  });
  const env = {
    DATABASE_URL: databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    MEILI_INDEX_PREFIX: prefix,
  };
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const stops = [];
  try {
    // The API migrates the fresh database on start.
    const api = await startApi(env, 'search');
    stops.push(api.stop);
    log(`API up at ${api.url}; loading ${COUNT} listings`);
    const loaded = await load(pool);
    log(`loaded ${loaded.listings} listings, ${loaded.slots} slots in ${Math.round(loaded.ms)} ms`);

    const dataSource = await new DataSource(databaseOptions(databaseUrl)).initialize();
    const buildStarted = performance.now();
    const built = await rebuildSearchIndexes(dataSource, meili, prefix);
    const buildMs = performance.now() - buildStarted;
    await dataSource.destroy();
    const indexed = built[0].documents;
    log(`index build: ${indexed} documents in ${Math.round(buildMs)} ms`);

    // The search: text + 3 filters + nearest first from a school (Kvadraturen skolesenter).
    const months = [osloDate(14), osloDate(45), osloDate(75)].map((date) => date.slice(0, 7));
    const school = { latitude: 58.1453, longitude: 7.9951 };
    const input = {
      query: 'elektriker',
      kinds: ['HOSPITERING', 'APPRENTICESHIP'],
      municipalityCodes: ['4204', '4203', '4223', '4215'],
      months,
      near: school,
      sort: 'NEAREST',
      first: 20,
    };
    const graphqlQuery = `query Search($input: SearchOpportunitiesInput) { searchOpportunities(input: $input) {
        totalHits degraded endCursor hasNextPage
        hits { id kind title highlightedTitle employerName tradeCode municipalityName nextDate seatsLeft distanceKm startDate }
        facets { attribute values { value count } } } }`;
    const toGraphqlBody = (variables) =>
      JSON.stringify({ query: graphqlQuery, variables: { input: variables } });
    const graphqlBody = toGraphqlBody(input);
    // The exact multi-search the API sends on a cold cache, captured from the API's own code.
    const captureMultiSearch = async (variables) => {
      let request;
      const capture = new MeilisearchOpportunitySearch({
        opportunityIndexUid: `${prefix}opportunities`,
        writes: 0,
        client: {
          multiSearch: async (body) => {
            request = body;
            throw new Error('captured');
          },
        },
      });
      await capture
        .search({
          text: variables.query,
          facets: {
            kind: variables.kinds,
            programmeCode: [],
            tradeCode: [],
            municipalityCode: variables.municipalityCodes,
            months: variables.months,
          },
          adaptations: [],
          onlyWithFreeSeats: false,
          dateFrom: today,
          dateTo: null,
          near: variables.near,
          maxDistanceKm: null,
          order: SearchSort.NEAREST,
          offset: 0,
          limit: variables.first,
          today,
        })
        .catch(() => undefined);
      return request;
    };
    const captured = await captureMultiSearch(input);
    // 200 different searches of the same shape, so the API's one-second count cache rarely helps.
    const words = [
      'elektriker',
      'frisør',
      'kokk',
      'snekker',
      'rørlegger',
      'butikk',
      'barnehage',
      'maler',
      'mekaniker',
      'baker',
      'helsefagarbeider',
      'lager',
      'sveiser',
      'data',
      'resepsjon',
      'gartner',
      'dyr',
      'bilmekaniker',
      'hotell',
      'kontor',
    ];
    const places = [
      ['4204'],
      ['4204', '4203'],
      ['4204', '4223', '4215'],
      ['4203', '4202', '4211'],
      ['4204', '4203', '4223', '4215', '4205'],
    ];
    const variedInputs = Array.from({ length: 200 }, (_, n) => ({
      ...input,
      query: words[n % words.length],
      municipalityCodes: places[Math.floor(n / words.length) % places.length],
      months: months.slice(0, 1 + (Math.floor(n / 100) % 3)),
    }));
    const variedGraphql = variedInputs.map(toGraphqlBody);
    const variedMulti = [];
    for (const variables of variedInputs)
      variedMulti.push(JSON.stringify(await captureMultiSearch(variables)));
    const multiBody = JSON.stringify(captured);
    const [page] = captured.queries;
    const { indexUid, ...single } = page;
    const singleBody = JSON.stringify(single);
    const meiliHeaders = { authorization: `Bearer ${services.meiliMasterKey}` };

    const check = await (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: graphqlBody,
      })
    ).json();
    if (check.errors || check.data.searchOpportunities.degraded)
      throw new Error(`The benchmark search does not work: ${JSON.stringify(check).slice(0, 500)}`);
    log(
      `the search finds ${check.data.searchOpportunities.totalHits} of ${indexed}; API sends ${captured.queries.length} searches in one multi-search`,
    );

    const fallbackApi = await startApi(
      { ...env, MEILI_URL: `http://127.0.0.1:${await findFreePort()}` },
      'fallback',
    );
    stops.push(fallbackApi.stop);
    const fallbackCheck = await (
      await fetch(`${fallbackApi.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: graphqlBody,
      })
    ).json();
    if (!fallbackCheck.data?.searchOpportunities.degraded)
      throw new Error(
        `The fallback API did not fall back: ${JSON.stringify(fallbackCheck).slice(0, 500)}`,
      );

    const graphqlOk = (body) => body.includes('"degraded":false') && !body.includes('"errors"');
    // `baseline`: the direct Meilisearch scenario doing the same work, for the ratio column.
    const scenarios = [
      {
        key: 'meilisearch-multi',
        label: 'Meilisearch direct, same multi-search',
        url: `${services.meiliUrl}/multi-search`,
        bodies: [multiBody],
        headers: meiliHeaders,
        verify: (body) => body.includes('"results"'),
      },
      {
        key: 'meilisearch-single',
        label: 'Meilisearch direct, one search',
        url: `${services.meiliUrl}/indexes/${indexUid}/search`,
        bodies: [singleBody],
        headers: meiliHeaders,
        verify: (body) => body.includes('"hits"'),
        baseline: 'meilisearch-multi',
      },
      {
        key: 'graphql',
        label: 'GraphQL API',
        url: `${api.url}/graphql`,
        bodies: [graphqlBody],
        headers: {},
        verify: graphqlOk,
        baseline: 'meilisearch-multi',
      },
      {
        key: 'meilisearch-multi-varied',
        label: 'Meilisearch direct, 200 searches',
        url: `${services.meiliUrl}/multi-search`,
        bodies: variedMulti,
        headers: meiliHeaders,
        verify: (body) => body.includes('"results"'),
      },
      {
        key: 'graphql-varied',
        label: 'GraphQL API, 200 searches',
        url: `${api.url}/graphql`,
        bodies: variedGraphql,
        headers: {},
        verify: graphqlOk,
        baseline: 'meilisearch-multi-varied',
      },
      {
        key: 'postgres-fallback',
        label: 'GraphQL API, Postgres fallback',
        url: `${fallbackApi.url}/graphql`,
        bodies: [graphqlBody],
        headers: {},
        verify: (body) => body.includes('"degraded":true') && !body.includes('"errors"'),
        baseline: 'meilisearch-multi',
      },
    ];
    const rows = [];
    for (const connections of [1, 32]) {
      for (const scenario of scenarios) {
        await warmUp(scenario.url, scenario.bodies, scenario.headers);
        log(`${scenario.label}, concurrency ${connections}, ${DURATION} s …`);
        rows.push({
          key: scenario.key,
          baseline: scenario.baseline ?? scenario.key,
          ...(await measure(scenario.label, { ...scenario, connections })),
        });
      }
    }
    const find = (key, connections) =>
      rows.find((row) => row.key === key && row.connections === connections);
    const ratio = (value, base) => Number((value / base).toFixed(2));
    const table = rows.map((row) => {
      const base = find(row.baseline, row.connections);
      return {
        ...row,
        p50VsMeilisearch: ratio(row.p50, base.p50),
        p95VsMeilisearch: ratio(row.p95, base.p95),
      };
    });

    const pad = (text, width) => String(text).padEnd(width);
    const num = (value) => String(Math.round(value * 10) / 10).padStart(7);
    console.log(
      `\nSearch benchmark: ${indexed.toLocaleString('en')} opportunities, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`,
    );
    console.log(
      `Index build (Postgres → 3 indexes, swap): ${(buildMs / 1000).toFixed(1)} s, ${Math.round(indexed / (buildMs / 1000))} documents/s`,
    );
    console.log(
      `Search: "${input.query}" + kinds + municipalities + months, nearest first; ${check.data.searchOpportunities.totalHits} hits\n`,
    );
    console.log(
      `${pad('scenario', 40)}${pad('conc', 6)}${'req/s'.padStart(7)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}  p95 ×meili  failed`,
    );
    for (const row of table)
      console.log(
        `${pad(row.label, 40)}${pad(row.connections, 6)}${String(row.perSecond).padStart(7)}${num(row.p50)} ${num(row.p95)} ${num(row.p99)}  ${String(row.p95VsMeilisearch).padStart(9)}  ${row.failed}`,
      );
    const targetFor = (key) => {
      const row = table.find((candidate) => candidate.key === key && candidate.connections === 32);
      return {
        p95: Math.round(row.p95 * 10) / 10,
        ratio: row.p95VsMeilisearch,
        met: row.p95 < 50 && row.p95VsMeilisearch <= 1.5,
      };
    };
    const target = {
      sameSearch: targetFor('graphql'),
      variedSearches: targetFor('graphql-varied'),
    };
    console.log(
      '\nRatios: to direct Meilisearch running the same multi-search (same search, or the same 200 searches).',
    );
    for (const [name, value] of Object.entries(target))
      console.log(
        `Target (GraphQL p95 at 32 ≤ 1.5× direct Meilisearch and < 50 ms), ${name}: ${value.met ? 'met' : 'NOT met'} (${value.p95} ms, ${value.ratio}×)`,
      );
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cores: cpus().length, model: cpus()[0]?.model, loadAverage: loadavg() },
      opportunities: indexed,
      slots: loaded.slots,
      employers: loaded.employers,
      loadMs: Math.round(loaded.ms),
      indexBuildMs: Math.round(buildMs),
      durationPerScenarioS: DURATION,
      search: {
        input,
        hits: check.data.searchOpportunities.totalHits,
        meilisearchQueries: captured.queries.length,
      },
      rows: table,
      targetMet: target,
    };
    await mkdir(dirname(args.out), { recursive: true });
    await writeFile(args.out, `${JSON.stringify(result, null, 2)}\n`);
    log(`written to ${args.out}`);
    if (!args.keep) {
      for (const index of built)
        await meili.deleteIndex(index.indexUid).waitTask({ timeout: 120_000 });
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    await pool.end();
    if (!args.keep) await dropDatabase(services.databaseUrl, name);
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
