import { collectSecrets } from './collect-secrets';

describe('collectSecrets', () => {
  it('takes every string under secret_data, credentials and the plugin secret keys, at any depth', () => {
    const found = collectSecrets(
      {
        options: { region: 'eu-west-1' },
        secret_data: { key: 'AKIA-SECRET', nested: { list: ['s1-long', { deep: 'deep-secret' }] }, port: 25 },
        credentials: { access_token: 'bearer-xyz' },
        channel_data: { token: 'xoxb-1', channel: 'general' },
      },
      ['channel_data'],
    );
    expect(found.sort()).toEqual(['AKIA-SECRET', 'bearer-xyz', 'deep-secret', 'general', 's1-long', 'xoxb-1'].sort());
  });

  it('treats keys named like secrets as secret anywhere, and nothing else', () => {
    const found = collectSecrets({ options: { title: 'hello', api_key: 'k-123', auth: { password: 'pw-456' } } });
    expect(found.sort()).toEqual(['k-123', 'pw-456']);
  });
});
