module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'azure-inven-collector',
  rootDir: __dirname,
  // Collections against the sandbox take seconds (SDK clients, signing, a shared CPU), not milliseconds;
  // per project, as `testTimeout` is a global option that a multi-project run ignores.
  setupFilesAfterEnv: ['<rootDir>/test/jest-timeout.ts'],
};
