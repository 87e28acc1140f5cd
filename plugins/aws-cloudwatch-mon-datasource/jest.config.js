module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'aws-cloudwatch-mon-datasource',
  rootDir: __dirname,
};
