module.exports = { ...require('../../jest.preset.js'), displayName: 'googleoauth2-identity-auth', rootDir: __dirname };
