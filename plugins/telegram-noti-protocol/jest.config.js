module.exports = { ...require('../../jest.preset.js'), displayName: 'telegram-noti-protocol', rootDir: __dirname };
