// `npm test`: every project's tests in one run, with one closing summary line.
module.exports = {
  projects: [
    '<rootDir>/packages/*/jest.config.js',
    '<rootDir>/plugins/*/jest.config.js',
    '<rootDir>/tools/jest.config.js',
  ],
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
};
