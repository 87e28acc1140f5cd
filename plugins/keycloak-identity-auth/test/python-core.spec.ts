// The calls identity makes, by the real Python grpcio/protobuf (DescriptorPool fed by
// reflection, ParseDict, MessageToDict): our reflected descriptors work for the core's client.
import { callLikePythonCore, describePythonCore } from '@cloudforet/plugin-testing';
import { startOidcSandbox, type OidcSandbox } from '@cloudforet/sandbox';
import { keycloakOptions } from './harness';
import { startPlugin, type PluginUnderTest } from './plugin-under-test';

describePythonCore('keycloak-identity-auth called by the real Python grpcio/protobuf, as identity does', () => {
  let oidc: OidcSandbox;

  beforeAll(async () => {
    oidc = await startOidcSandbox();
  });
  afterAll(() => oidc.close());

  it.each(['v2', 'v1'] as const)(
    'resolves every service by reflection and authorizes a genuine token (%s)',
    async (api) => {
      const plugin: PluginUnderTest = await startPlugin(api);
      try {
        const { endpoint } = plugin;
        const options = keycloakOptions(oidc, { validate_token: true });
        const access_token = await oidc.passwordGrant('alice');
        const calls =
          api === 'v2'
            ? [
                { method: 'ExternalAuth.init', params: { options, domain_id: 'domain-1' } },
                {
                  method: 'ExternalAuth.authorize',
                  params: {
                    options,
                    secret_data: {},
                    credentials: { access_token },
                    schema_id: null,
                    domain_id: 'domain-1',
                    metadata: {},
                  },
                },
              ]
            : [
                { method: 'Auth.init', params: { options } },
                {
                  method: 'Auth.login',
                  params: { options, secret_data: {}, user_credentials: { access_token }, schema: '' },
                },
              ];
        const run = await callLikePythonCore(endpoint, calls);
        expect(run.services[0]).toBe(`spaceone.api.identity.plugin.${api === 'v2' ? 'ExternalAuth' : 'Auth'}`);
        const [init, login] = run.results;
        expect(init).toHaveProperty('response.metadata.realm', 'sandbox');
        expect(login).toEqual({
          response: { user_id: 'alice', name: 'Alice Liddell', email: 'alice@example.com', state: 'ENABLED' },
        });
      } finally {
        await plugin.close();
      }
    },
    30_000,
  );
});
