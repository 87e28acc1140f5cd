module.exports = { ...require('../../jest.preset.js'), displayName: 'keycloak-identity-auth', rootDir: __dirname };
