module.exports = { ...require('../../jest.preset.js'), displayName: 'email-noti-protocol', rootDir: __dirname };
