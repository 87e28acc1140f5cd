module.exports = { ...require('../../jest.preset.js'), displayName: 'aws-sns-mon-webhook', rootDir: __dirname };
