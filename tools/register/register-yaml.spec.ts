import { parse } from 'yaml';
import { toRegisterYaml } from './register-yaml';
import { full, slack } from './test-fixtures/manifests';

describe('toRegisterYaml', () => {
  it('2.x: exactly the RegisterPluginRequest keys of plugin.yaml, after a comment naming the command', () => {
    const text = toRegisterYaml(slack());
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# plugin-slack-noti-protocol: repository.v1.Plugin.register, Cloudforet 2.x (RegisterPluginRequest).',
      '# spacectl exec register repository.Plugin -f register_plugin.yaml',
      '# cfctl exec register repository.Plugin -f register_plugin.yaml',
    ]);
    expect(parse(text)).toEqual({
      name: 'Slack Notification Protocol',
      resource_type: 'notification.Protocol',
      image: 'cloudforet/plugin-slack-noti-protocol',
      provider: 'slack',
      registry_type: 'DOCKER_HUB',
      capability: { supported_schema: [] },
      labels: ['Notification', 'Slack'],
      tags: slack().tags,
      plugin_id: 'plugin-slack-noti-protocol',
    });
  });

  it('2.x: carries registry_config and docs when plugin.yaml has them', () => {
    const body = parse(toRegisterYaml(full()));
    expect(body).toMatchObject({
      registry_type: 'HARBOR',
      registry_config: { url: 'harbor.example.com/cloudforet' },
      docs: { en: '# Slack\nSends notifications.' },
    });
    expect(Object.keys(body)).toEqual([
      'name',
      'resource_type',
      'image',
      'provider',
      'registry_type',
      'registry_config',
      'capability',
      'labels',
      'tags',
      'plugin_id',
      'docs',
    ]);
  });

  it('1.x: CreatePluginRequest keys (service_type, no plugin_id or docs), domain_id only when given', () => {
    const text = toRegisterYaml(full(), { api: 'v1' });
    expect(text).toMatch(/^# plugin-slack-noti-protocol: .*Cloudforet 1\.x \(CreatePluginRequest\)\.\n# spacectl exec/);
    const body = parse(text);
    expect(Object.keys(body)).toEqual([
      'name',
      'service_type',
      'image',
      'provider',
      'registry_type',
      'registry_config',
      'capability',
      'labels',
      'tags',
    ]);
    expect(body.service_type).toBe('notification.Protocol');
    expect(parse(toRegisterYaml(slack(), { api: 'v1', domainId: 'domain-abc' }))).toMatchObject({
      domain_id: 'domain-abc',
    });
  });

  it('1.x: refuses a registry type the 1.x enum lacks', () => {
    expect(() => toRegisterYaml({ ...slack(), registry_type: 'GITHUB' }, { api: 'v1' })).toThrow(
      'registry_type GITHUB does not exist in the 1.x API (DOCKER_HUB, AWS_PRIVATE_ECR, HARBOR)',
    );
  });
});
