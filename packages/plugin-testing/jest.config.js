module.exports = { ...require('../../jest.preset.js'), displayName: 'plugin-testing', rootDir: __dirname };
