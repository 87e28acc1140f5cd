// Collections against the sandbox take seconds (SDK clients, signing, shared CPU), not milliseconds.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'aws-ec2-inven-collector',
  rootDir: __dirname,
  testTimeout: 60_000,
};
