module.exports = { ...require('../../jest.preset.js'), displayName: 'slack-noti-protocol', rootDir: __dirname };
