import { GrpcStatus, PluginError } from '@cloudforet/plugin-core';
import { registerPlugin } from './register-plugin';
import { toRegisterRequest } from './register-request';
import { fieldsThatWouldBeLost, ourRequestMessage } from './repository-api';
import { startFakeRepository, type FakeRepository } from './fake-repository';
import { full, slack, TOKEN } from './test-fixtures/manifests';

describe('registerPlugin against a fake 2.x repository', () => {
  let repo: FakeRepository;
  beforeEach(async () => (repo = await startFakeRepository()));
  afterEach(() => repo.close());

  it('asks get, then registers with every RegisterPluginRequest field, sending the token', async () => {
    const result = await registerPlugin(full(), { endpoint: `grpc://${repo.endpoint}`, token: TOKEN });
    expect(result.action).toBe('registered');
    expect(repo.calls.map((c) => [c.method, c.token])).toEqual([
      ['get', TOKEN],
      ['register', TOKEN],
    ]);
    expect(repo.calls[0].request).toEqual({ plugin_id: 'plugin-slack-noti-protocol', repository_id: '' });
    expect(repo.calls[1].request).toStrictEqual({
      name: 'Slack Notification Protocol',
      resource_type: 'notification.Protocol',
      image: 'cloudforet/plugin-slack-noti-protocol',
      provider: 'slack',
      registry_type: 'HARBOR',
      registry_config: { url: 'harbor.example.com/cloudforet' },
      capability: { supported_schema: [] },
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
      plugin_id: 'plugin-slack-noti-protocol',
      docs: { en: '# Slack\nSends notifications.' },
    });
    expect(result.plugin).toMatchObject({ plugin_id: 'plugin-slack-noti-protocol', state: 'ENABLED' });
  });

  it('updates a plugin that exists with UpdatePluginRequest: plugin_id, name, capability, labels, tags, docs', async () => {
    await repo.close();
    repo = await startFakeRepository({ existing: [{ plugin_id: 'plugin-slack-noti-protocol', name: 'Old' }] });
    const result = await registerPlugin(full(), { endpoint: repo.endpoint, token: TOKEN });
    expect(result.action).toBe('updated');
    expect(repo.calls.map((c) => c.method)).toEqual(['get', 'update']);
    expect(repo.calls[1].request).toStrictEqual({
      plugin_id: 'plugin-slack-noti-protocol',
      name: 'Slack Notification Protocol',
      capability: { supported_schema: [] },
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
      docs: { en: '# Slack\nSends notifications.' },
    });
    expect(result.plugin).toMatchObject({ name: 'Slack Notification Protocol' });
  });

  it('takes the token from CLOUDFORET_TOKEN, then SPACEONE_TOKEN', async () => {
    await registerPlugin(slack(), { endpoint: repo.endpoint, env: { SPACEONE_TOKEN: 'from-spaceone-env' } });
    await registerPlugin(slack(), {
      endpoint: repo.endpoint,
      env: { CLOUDFORET_TOKEN: 'from-cloudforet-env', SPACEONE_TOKEN: 'x' },
    });
    expect(repo.calls.map((c) => c.token)).toEqual([
      'from-spaceone-env',
      'from-spaceone-env',
      'from-cloudforet-env',
      'from-cloudforet-env',
    ]);
  });

  it('without a token: a clear error and nothing sent', async () => {
    await expect(registerPlugin(slack(), { endpoint: repo.endpoint, env: {} })).rejects.toThrow(
      'a token is required: --token, or $CLOUDFORET_TOKEN or $SPACEONE_TOKEN in the environment',
    );
    expect(repo.calls).toEqual([]);
  });

  it('shows a server error as `repository answered <CODE>: <details>`, masking the token', async () => {
    repo.faults.register = new PluginError(
      'ERROR_NO_IMAGE_IN_REGISTRY',
      `Image not found in registry. (image = cloudforet/plugin-slack-noti-protocol, token = ${TOKEN})`,
      GrpcStatus.INVALID_ARGUMENT,
    );
    const error = await registerPlugin(slack(), { endpoint: repo.endpoint, token: TOKEN }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^repository answered INVALID_ARGUMENT: ERROR_NO_IMAGE_IN_REGISTRY: Image not found in registry\. \(image = cloudforet\/plugin-slack-noti-protocol, token = /,
    );
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('stops at a get that fails otherwise than NOT_FOUND', async () => {
    repo.faults.get = new PluginError('ERROR_PERMISSION_DENIED', 'Permission denied.', GrpcStatus.PERMISSION_DENIED);
    await expect(registerPlugin(slack(), { endpoint: repo.endpoint, token: TOKEN })).rejects.toThrow(
      'repository answered PERMISSION_DENIED: ERROR_PERMISSION_DENIED: Permission denied.',
    );
    expect(repo.calls.map((c) => c.method)).toEqual(['get']);
  });
});

describe('registerPlugin against a fake 1.x repository', () => {
  let repo: FakeRepository;
  beforeEach(async () => (repo = await startFakeRepository({ api: 'v1' })));
  afterEach(() => repo.close());

  it('registers with every CreatePluginRequest field, domain_id in the body', async () => {
    const result = await registerPlugin(full(), {
      endpoint: repo.endpoint,
      token: TOKEN,
      api: 'v1',
      domainId: 'domain-abc',
    });
    expect(result.action).toBe('registered');
    expect(repo.calls.map((c) => [c.method, c.token])).toEqual([
      ['get', TOKEN],
      ['register', TOKEN],
    ]);
    expect(repo.calls[0].request).toEqual({
      plugin_id: 'plugin-slack-noti-protocol',
      domain_id: 'domain-abc',
      repository_id: '',
      only: [],
    });
    expect(repo.calls[1].request).toStrictEqual({
      name: 'Slack Notification Protocol',
      service_type: 'notification.Protocol',
      image: 'cloudforet/plugin-slack-noti-protocol',
      provider: 'slack',
      registry_type: 'HARBOR',
      registry_config: { url: 'harbor.example.com/cloudforet' },
      capability: { supported_schema: [] },
      template: undefined,
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
      project_id: '',
      domain_id: 'domain-abc',
    });
  });

  it('updates with the 1.x UpdatePluginRequest (domain_id, no docs)', async () => {
    repo.plugins.set('plugin-slack-noti-protocol', { plugin_id: 'plugin-slack-noti-protocol' });
    await registerPlugin(full(), { endpoint: repo.endpoint, token: TOKEN, api: 'v1', domainId: 'domain-abc' });
    expect(repo.calls[1]).toMatchObject({ method: 'update' });
    expect(repo.calls[1].request).toStrictEqual({
      plugin_id: 'plugin-slack-noti-protocol',
      name: 'Slack Notification Protocol',
      capability: { supported_schema: [] },
      template: undefined,
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
      domain_id: 'domain-abc',
    });
  });
});

describe('registerPlugin: the Repository API version, learnt by reflection before sending', () => {
  let v1: FakeRepository;
  let v2: FakeRepository;
  beforeAll(async () => {
    v1 = await startFakeRepository({ api: 'v1' });
    v2 = await startFakeRepository({ api: 'v2' });
  });
  afterAll(() => Promise.all([v1.close(), v2.close()]));
  beforeEach(() => {
    v1.calls.length = 0;
    v2.calls.length = 0;
  });

  it('the 2.x default against a 1.x Repository: refused, naming both versions, nothing sent', async () => {
    await expect(registerPlugin(full(), { endpoint: v1.endpoint, token: TOKEN })).rejects.toThrow(
      `the repository at ${v1.endpoint} speaks the 1.x API, but the 2.x API was asked for (--api v2, the default); ` +
        'nothing was sent, since its field numbers differ and fields would be lost. Use --api v1 --domain-id <D>, or --api auto.',
    );
    expect(v1.calls).toEqual([]);
  });

  it('--api v1 against a 2.x Repository: refused, naming both versions, nothing sent', async () => {
    await expect(
      registerPlugin(full(), { endpoint: v2.endpoint, token: TOKEN, api: 'v1', domainId: 'domain-abc' }),
    ).rejects.toThrow(`the repository at ${v2.endpoint} speaks the 2.x API, but the 1.x API was asked for (--api v1)`);
    expect(v2.calls).toEqual([]);
  });

  it('--api auto takes the server’s version, and registers every field of it', async () => {
    const on2 = await registerPlugin(full(), { endpoint: v2.endpoint, token: TOKEN, api: 'auto' });
    expect(on2).toMatchObject({ api: 'v2', action: 'registered' });
    expect(v2.calls[1].request).toMatchObject({
      plugin_id: 'plugin-slack-noti-protocol',
      capability: { supported_schema: [] },
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
    });
    const on1 = await registerPlugin(full(), { endpoint: v1.endpoint, token: TOKEN, api: 'auto', domainId: 'd-1' });
    expect(on1).toMatchObject({ api: 'v1', action: 'registered' });
    expect(v1.calls[1].request).toMatchObject({
      service_type: 'notification.Protocol',
      capability: { supported_schema: [] },
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
      domain_id: 'd-1',
    });
  });

  it('--api auto against a 1.x Repository without --domain-id: a clear error, nothing sent', async () => {
    await expect(registerPlugin(full(), { endpoint: v1.endpoint, token: TOKEN, api: 'auto' })).rejects.toThrow(
      `the repository at ${v1.endpoint} speaks the 1.x API, which needs --domain-id`,
    );
    expect(v1.calls).toEqual([]);
  });

  it('grpc+ssl:// against a plaintext Repository: says so in words, no OpenSSL string', async () => {
    const error = (await registerPlugin(slack(), { endpoint: `grpc+ssl://${v2.endpoint}`, token: TOKEN }).catch(
      (e: Error) => e,
    )) as Error;
    expect(error.message).toBe(
      `cannot reach the repository at ${v2.endpoint}: ${v2.endpoint} does not speak TLS (the TLS handshake failed): if it serves plaintext gRPC, use grpc://${v2.endpoint}`,
    );
    expect(v2.calls).toEqual([]);
  });
});

describe('fieldsThatWouldBeLost', () => {
  it('names the keys the other version lacks or numbers differently', () => {
    const request = toRegisterRequest(full());
    const lost = fieldsThatWouldBeLost(
      ourRequestMessage('v1', 'register'),
      ourRequestMessage('v2', 'register'),
      request,
    );
    expect(lost).toEqual(
      expect.arrayContaining(['resource_type', 'capability', 'labels', 'tags', 'plugin_id', 'docs']),
    );
    expect(
      fieldsThatWouldBeLost(ourRequestMessage('v2', 'register'), ourRequestMessage('v2', 'register'), request),
    ).toEqual([]);
  });
});

describe('registerPlugin errors', () => {
  it('names an unreachable endpoint within the deadline', async () => {
    const started = Date.now();
    await expect(registerPlugin(slack(), { endpoint: '127.0.0.1:1', token: TOKEN })).rejects.toThrow(
      /^cannot reach the repository at 127\.0\.0\.1:1: /,
    );
    expect(Date.now() - started).toBeLessThan(11_000);
  }, 15_000);

  it('refuses --api v1 without a domain id', async () => {
    await expect(registerPlugin(slack(), { endpoint: '127.0.0.1:1', token: TOKEN, api: 'v1' })).rejects.toThrow(
      '--domain-id is required with --api v1',
    );
  });

  it('keeps toRegisterRequest as the one source of the register body', () => {
    expect(toRegisterRequest(slack()).plugin_id).toBe('plugin-slack-noti-protocol');
  });
});
