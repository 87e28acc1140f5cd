// The generated YAML goes the way `spacectl exec register repository.Plugin -f file.yaml` sends it:
// loaded as a dict, ParseDict against the descriptors the server reflects, then the call.
import { parse } from 'yaml';
import { callLikePythonCore, CoreClient, describePythonCore, ParseDictError } from '@cloudforet/plugin-testing';
import { toRegisterYaml } from './register-yaml';
import { startFakeRepository, type FakeRepository } from './fake-repository';
import { full, slack, TOKEN } from './test-fixtures/manifests';

describe.each(['v2', 'v1'] as const)('the %s YAML through CoreClient (strict ParseDict)', (api) => {
  let repo: FakeRepository;
  let other: FakeRepository;
  beforeAll(async () => {
    repo = await startFakeRepository({ api });
    other = await startFakeRepository({ api: api === 'v2' ? 'v1' : 'v2' });
  });
  afterAll(async () => {
    await repo.close();
    await other.close();
  });

  it('is accepted and arrives field for field', async () => {
    const body = parse(toRegisterYaml(full(), { api, domainId: api === 'v1' ? 'domain-abc' : undefined }));
    const core = await CoreClient.connect(repo.endpoint);
    try {
      await core.call('Plugin.register', body, { metadata: { token: TOKEN } });
    } finally {
      core.close();
    }
    const [call] = repo.calls;
    expect(call).toMatchObject({ method: 'register', token: TOKEN });
    // Every key of the YAML arrived with its value; the rest are the proto defaults.
    expect(call.request).toMatchObject(body);
    expect(Object.keys(body).every((k) => call.request[k] !== undefined)).toBe(true);
  });

  it(`is refused by the ${api === 'v2' ? '1.x' : '2.x'} server, naming the key it lacks`, async () => {
    const body = parse(toRegisterYaml(slack(), { api }));
    const core = await CoreClient.connect(other.endpoint);
    try {
      expect(() => core.buildRequest('Plugin.register', body)).toThrow(ParseDictError);
      const wrongKey = api === 'v2' ? 'resource_type' : 'service_type';
      const message = api === 'v2' ? 'CreatePluginRequest' : 'RegisterPluginRequest';
      expect(() => core.buildRequest('Plugin.register', body)).toThrow(
        `Message type "spaceone.api.repository.v1.${message}" has no field named "${wrongKey}"`,
      );
    } finally {
      core.close();
    }
    expect(other.calls).toEqual([]);
  });
});

describePythonCore('the YAML through the real Python grpcio/protobuf client', () => {
  let v2: FakeRepository;
  let v1: FakeRepository;
  beforeAll(async () => {
    v2 = await startFakeRepository();
    v1 = await startFakeRepository({ api: 'v1' });
  });
  afterAll(async () => {
    await v2.close();
    await v1.close();
  });

  it('2.x YAML: accepted by the 2.x repository field for field, refused by 1.x naming resource_type', async () => {
    const body = parse(toRegisterYaml(full()));
    const ok = await callLikePythonCore(v2.endpoint, [{ method: 'Plugin.register', params: body }]);
    expect(ok.results[0]).toHaveProperty('response.plugin_id', 'plugin-slack-noti-protocol');
    expect(v2.calls[0].request).toMatchObject(body);
    const refused = await callLikePythonCore(v1.endpoint, [{ method: 'Plugin.register', params: body }]);
    expect(refused.results[0]).toHaveProperty('parse_error', expect.stringContaining('no field named "resource_type"'));
    expect(v1.calls).toEqual([]);
  }, 30_000);

  it('1.x YAML: accepted by the 1.x repository, refused by 2.x naming service_type', async () => {
    const body = parse(toRegisterYaml(full(), { api: 'v1', domainId: 'domain-abc' }));
    const ok = await callLikePythonCore(v1.endpoint, [{ method: 'Plugin.register', params: body }]);
    expect(ok.results[0]).toHaveProperty('response');
    expect(v1.calls.at(-1)?.request).toMatchObject(body);
    const before = v2.calls.length;
    const refused = await callLikePythonCore(v2.endpoint, [{ method: 'Plugin.register', params: body }]);
    expect(refused.results[0]).toHaveProperty('parse_error', expect.stringContaining('no field named "service_type"'));
    expect(v2.calls).toHaveLength(before);
  }, 30_000);
});
