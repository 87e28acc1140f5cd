module.exports = { ...require('../../jest.preset.js'), displayName: 'grafana-mon-webhook', rootDir: __dirname };
