// Integration tests run against real Postgres and Meilisearch (started by @akselerator/infra,
// or taken from DATABASE_URL / MEILI_URL). Each test file gets its own database and index prefix.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
};
