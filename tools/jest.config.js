// tools/ has no src/: its specs sit beside the code in each folder (manifest/, cli/, generators/, ...).
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/files/'],
};
