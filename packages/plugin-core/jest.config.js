module.exports = { ...require('../../jest.preset.js'), displayName: 'plugin-core', rootDir: __dirname };
