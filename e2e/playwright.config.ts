import { defineConfig, devices } from '@playwright/test';

const WEB_PORT = 3100;
const API_PORT = 4100;

/** Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network. */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../test-results/e2e',
  use: {
    baseURL: `http://localhost:${WEB_PORT}`,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    {
      name: 'phone',
      use: {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        launchOptions: chromium,
      },
      grep: /@phone/,
    },
  ],
  // The real platform, built, on its own ports and its own fresh data folder.
  webServer: {
    command: `node infra/bin/start-platform.mjs --skip-build --fresh --data-dir .data/e2e --api-port ${API_PORT} --web-port ${WEB_PORT} --quiet`,
    cwd: '..',
    url: `http://127.0.0.1:${WEB_PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    // Every browser of the run reaches the API through the web's proxy from one address, so the
    // per-client sign-in limit would count all test users as one visitor.
    env: { AUTH_RATE_LIMIT_PER_MINUTE: '1000' },
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
