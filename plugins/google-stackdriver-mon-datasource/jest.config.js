module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'google-stackdriver-mon-datasource',
  rootDir: __dirname,
  // Calls against the sandbox take seconds on a shared CPU (RSA token grants, retries' backoff);
  // per project, as `testTimeout` is a global option that a multi-project run ignores.
  setupFilesAfterEnv: ['<rootDir>/test/jest-timeout.ts'],
};
