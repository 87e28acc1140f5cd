// Shared jest settings for every project: TypeScript through SWC, workspace
// imports resolved to sources (the same mapping as tsconfig.base.json paths).
const path = require('node:path');
const root = __dirname;
// Dependencies jest's CommonJS loader cannot run as published: ES modules only (the OIDC provider
// and client), or CommonJS that loads node:http with a dynamic import() (the OTLP exporter), which
// needs --experimental-vm-modules under jest; SWC turns both into plain require().
const TRANSFORMED = ['oidc-provider', 'openid-client', 'oauth4webapi', 'jose', '@opentelemetry/otlp-exporter-base'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    // The dependencies in TRANSFORMED, turned into CommonJS for jest's loader.
    '^.+\\.m?js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${TRANSFORMED.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleNameMapper: {
    '^@cloudforet/api$': path.join(root, 'packages/api/src/index.ts'),
    '^@cloudforet/api/(.*)$': path.join(root, 'packages/api/src/$1'),
    '^@cloudforet/plugin-core$': path.join(root, 'packages/plugin-core/src/index.ts'),
    '^@cloudforet/plugin-core/aws$': path.join(root, 'packages/plugin-core/src/kinds/aws/index.ts'),
    '^@cloudforet/plugin-core/google$': path.join(root, 'packages/plugin-core/src/kinds/google/index.ts'),
    '^@cloudforet/plugin-testing$': path.join(root, 'packages/plugin-testing/src/index.ts'),
    '^@cloudforet/sandbox$': path.join(root, 'packages/sandbox/src/index.ts'),
  },
};
