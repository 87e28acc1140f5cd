import { alertManagerIdOf } from './template-vars';
import { defaultProvider, providerPartOf, titleOf, validatePluginName } from './plugin-name';

describe('validatePluginName', () => {
  it.each([
    ['teams-noti-protocol', 'protocol'],
    ['azure-monitor-mon-webhook', 'webhook'],
    ['aws-ec2-inven-collector', 'collector'],
    ['aws-cloudwatch-mon-datasource', 'datasource'],
    ['googleoauth2-identity-auth', 'auth'],
  ] as const)('accepts %s as a %s', (name, kind) => {
    expect(() => validatePluginName(name, kind)).not.toThrow();
  });

  it.each([
    ['', 'protocol', 'A plugin name is required, e.g. my-provider-noti-protocol.'],
    ['Teams-noti-protocol', 'protocol', '"Teams-noti-protocol": use lowercase letters, digits and single dashes only'],
    ['teams--noti-protocol', 'protocol', 'single dashes only'],
    ['teams_noti-protocol', 'protocol', 'single dashes only'],
    ['plugin-teams-noti-protocol', 'protocol', 'without the "plugin-" prefix (teams-noti-protocol)'],
    ['teams', 'protocol', `"teams": a protocol plugin's name is <provider...>-noti-protocol`],
    ['noti-protocol', 'protocol', 'a protocol plugin'],
    ['grafana-mon-webhook', 'protocol', '"-mon-webhook" is the suffix of --kind webhook'],
    [`${'x'.repeat(30)}-noti-protocol`, 'protocol', 'is 44 characters; at most 41'],
  ] as const)('refuses %j as a %s', (name, kind, message) => {
    expect(() => validatePluginName(name, kind)).toThrow(message);
  });
});

describe('names derived from the folder name', () => {
  it('titles every word', () => {
    expect(titleOf('azure-monitor-mon-webhook')).toBe('Azure Monitor Mon Webhook');
  });

  it('splits off the kind suffix and takes the first word as provider', () => {
    expect(providerPartOf('azure-monitor-mon-webhook', 'webhook')).toBe('azure-monitor');
    expect(defaultProvider('azure-monitor-mon-webhook', 'webhook')).toBe('azure');
    expect(providerPartOf('odd-name', 'webhook')).toBe('odd-name');
  });
});

describe('alertManagerIdOf', () => {
  it('is <plugin_id>-alert-manager while that fits 48 characters, else cut to fit with -am', () => {
    expect(alertManagerIdOf('plugin-teams-noti-protocol')).toBe('plugin-teams-noti-protocol-alert-manager');
    const long = `plugin-${'x'.repeat(41)}`;
    expect(alertManagerIdOf(long)).toBe(`${long.slice(0, 45)}-am`);
    expect(alertManagerIdOf(long)).toHaveLength(48);
  });
});
