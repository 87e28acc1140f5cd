// The calls identity makes, by the real Python grpcio/protobuf (DescriptorPool fed by
// reflection, ParseDict, MessageToDict): our reflected descriptors work for the core's client.
import { callLikePythonCore, describePythonCore } from '@cloudforet/plugin-testing';
import { startGoogleSandbox, type GoogleSandbox } from '@cloudforet/sandbox';
import { googleOptions } from './harness';
import { startPlugin } from './plugin-under-test';

describePythonCore('googleoauth2-identity-auth called by the real Python grpcio/protobuf, as identity does', () => {
  let google: GoogleSandbox;
  beforeAll(async () => {
    google = await startGoogleSandbox();
  });
  afterAll(() => google.close());

  it('resolves ExternalAuth by reflection, inits and authorizes', async () => {
    const plugin = await startPlugin(google.url);
    try {
      const options = googleOptions(google, { check_audience: true });
      const access_token = google.issueToken({ email: 'alice@example.com' });
      const run = await callLikePythonCore(plugin.endpoint, [
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
      ]);
      expect(run.services[0]).toBe('spaceone.api.identity.plugin.ExternalAuth');
      expect(run.results[0]).toHaveProperty('response.metadata.identity_provider', 'google');
      expect(run.results[1]).toEqual({
        response: { user_id: 'alice@example.com', email: 'alice@example.com', state: 'ENABLED' },
      });
    } finally {
      await plugin.close();
    }
  }, 30_000);
});
