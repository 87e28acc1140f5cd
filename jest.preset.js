// Shared jest settings for every project: TypeScript through SWC, workspace
// imports resolved to sources (the same mapping as tsconfig.base.json paths).
const path = require('node:path');
const root = __dirname;
// Dependencies published as ES modules only.
const ESM_ONLY = ['oidc-provider', 'openid-client', 'oauth4webapi', 'jose'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    // ESM-only dependencies (the OIDC provider and client), turned into CommonJS for jest's loader.
    '^.+\\.m?js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleNameMapper: {
    '^@cloudforet/api$': path.join(root, 'packages/api/src/index.ts'),
    '^@cloudforet/api/(.*)$': path.join(root, 'packages/api/src/$1'),
    '^@cloudforet/plugin-core$': path.join(root, 'packages/plugin-core/src/index.ts'),
    '^@cloudforet/plugin-testing$': path.join(root, 'packages/plugin-testing/src/index.ts'),
    '^@cloudforet/sandbox$': path.join(root, 'packages/sandbox/src/index.ts'),
  },
};
