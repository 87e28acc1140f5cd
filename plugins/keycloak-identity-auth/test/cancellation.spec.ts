// The core's deadline reaches the provider calls: a slow userinfo is abandoned when the RPC ends,
// not left running for the 10 s timeout.
import { startOidcSandbox, type OidcSandbox } from '@cloudforet/sandbox';
import { keycloakOptions } from './harness';
import { callFailure, startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('keycloak-identity-auth under a deadline', () => {
  let oidc: OidcSandbox;
  let plugin: PluginUnderTest;
  beforeAll(async () => {
    oidc = await startOidcSandbox();
    plugin = await startPlugin();
  });
  afterAll(async () => {
    await plugin.close();
    await oidc.close();
  });

  it('stops waiting for userinfo when the caller gives up', async () => {
    const options = keycloakOptions(oidc);
    await plugin.client.call('ExternalAuth.init', { options, domain_id: 'd' }); // discovery cached
    const access_token = await oidc.passwordGrant('alice');
    oidc.latencyMs = 3000;
    const started = Date.now();
    const error = await callFailure(
      plugin.client.call(
        'ExternalAuth.authorize',
        { options, secret_data: {}, credentials: { access_token }, domain_id: 'd', metadata: {} },
        { timeoutMs: 300 },
      ),
    );
    expect(error.codeName).toBe('DEADLINE_EXCEEDED');
    // the handler ends when its signal aborts: its one log line comes long before the 3 s answer
    const deadline = Date.now() + 2000;
    let line: Record<string, unknown> | undefined;
    while (!line && Date.now() < deadline) {
      line = plugin.logs.records().find((r) => r.rpc === 'ExternalAuth.authorize');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(line).toBeDefined();
    expect(Date.now() - started).toBeLessThan(2500);
    expect(line!.duration_ms as number).toBeLessThan(1500);
    oidc.latencyMs = 0;
  });
});
