import path from 'node:path';
import type { NextConfig } from 'next';

// The workspace root: apps/web lives two levels down, and workspace packages
// (@akselerator/domain) are symlinked into the root node_modules.
const workspaceRoot = path.resolve(__dirname, '../..');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  {
    // No script-src here: Next's inline bootstrap scripts would need nonces. These directives
    // are safe without them and close clickjacking, plugin and base-tag holes.
    key: 'Content-Security-Policy',
    value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  outputFileTracingRoot: workspaceRoot,
  turbopack: {
    root: workspaceRoot,
    resolveAlias: {
      // Only the Designsystemet web components the forms use; see the file for why.
      '@digdir/designsystemet-web': { browser: './src/lib/designsystemet-web-subset.ts' },
    },
  },
  // Blocking metadata for every visitor, not only crawlers: the <title> is in the first HTML, so
  // a screen reader announces the page name at once (WCAG 2.4.2) instead of after streaming.
  htmlLimitedBots: /.*/,
  transpilePackages: ['@akselerator/domain'],
  experimental: {
    optimizePackageImports: ['@digdir/designsystemet-react'],
  },
  // No `rewrites()` for /graphql: rewrites are frozen at build time, and API_URL is read at run
  // time. The same-origin proxy is the route handler src/app/graphql/route.ts.
  headers() {
    return Promise.resolve([{ source: '/:path*', headers: securityHeaders }]);
  },
};

export default nextConfig;
