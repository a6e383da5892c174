module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'infra',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The specs start real Postgres and Meilisearch processes: one at a time keeps the 2-core CI
  // machine from timing out and the port/process assertions unambiguous.
  maxWorkers: 1,
  testTimeout: 60_000,
};
