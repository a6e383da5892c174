// Prints the first-load JavaScript of every App Router page of the last `next build`, gzipped.
// Next 16 no longer prints these figures. First load = the root main files (framework, runtime)
// plus every chunk the route's segments (layout, error/not-found boundaries, page) need, as
// listed in the route's client reference manifest. Budget: 150 kB gzip per route.
//   node apps/web/scripts/measure-first-load.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.next');
const buildManifest = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8'));
const rootMainFiles = buildManifest.rootMainFiles;

const gzipCache = new Map();
function gzipSize(file) {
  const path = join(distDir, file.replace(/^\/?_next\//, ''));
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path);
}

function* manifests(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* manifests(path);
    else if (name === 'page_client-reference-manifest.js') yield path;
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const shared = rootMainFiles.reduce((sum, file) => sum + gzipSize(file), 0);
const rows = [];
for (const file of manifests(join(distDir, 'server', 'app'))) {
  const context = { globalThis: {} };
  vm.runInNewContext(readFileSync(file, 'utf8'), context);
  for (const [route, manifest] of Object.entries(context.globalThis.__RSC_MANIFEST)) {
    const chunks = new Set(rootMainFiles);
    for (const list of Object.values(manifest.entryJSFiles ?? {}))
      for (const chunk of list) chunks.add(chunk);
    const total = [...chunks].reduce((sum, chunk) => sum + gzipSize(chunk), 0);
    rows.push({
      route: route.replace(/\/page$/, '') || '/',
      total,
      own: total - shared,
      file: relative(distDir, file).split(sep).join('/'),
    });
  }
}
rows.sort((a, b) => a.route.localeCompare(b.route));
console.log(`shared by all routes (framework + runtime): ${kb(shared)} kB gzip`);
console.log('route'.padEnd(24), 'first load'.padStart(12), 'route-specific'.padStart(16));
for (const row of rows) {
  const flag = row.total / 1024 > BUDGET_KB ? '  OVER BUDGET' : '';
  console.log(
    row.route.padEnd(24),
    `${kb(row.total)} kB`.padStart(12),
    `${kb(row.own)} kB`.padStart(16),
    flag,
  );
}
