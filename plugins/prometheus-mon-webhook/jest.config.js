module.exports = { ...require('../../jest.preset.js'), displayName: 'prometheus-mon-webhook', rootDir: __dirname };
