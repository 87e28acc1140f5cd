import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest, parseManifest, ManifestError } from './load-manifest';

const PLUGINS = join(__dirname, '..', '..', 'plugins');

const valid = `
plugin_id: plugin-x-noti-protocol
name: X
image: cloudforet/plugin-x-noti-protocol
resource_type: notification.Protocol
service_type: notification.Protocol
provider: x
capability: { supported_schema: [] }
labels: []
tags: { description: X }
local_port: 50999
version: 0.1.0
`;

function problemsOf(text: string): string[] {
  try {
    parseManifest(text, 'plugin.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ManifestError);
    return (err as ManifestError).problems;
  }
  throw new Error('expected the manifest to be refused');
}

describe('plugin.yaml', () => {
  it.each(readdirSync(PLUGINS).filter((n) => existsSync(join(PLUGINS, n, 'src/main.ts'))))(
    'plugins/%s/plugin.yaml is valid and named after its folder',
    (name) => {
      const manifest = loadManifest(join(PLUGINS, name));
      expect(manifest.image.split('/').pop()).toBe(`plugin-${name}`);
      expect(manifest.plugin_id).toBe(`plugin-${name}`);
    },
  );

  it('accepts a minimal manifest', () => {
    expect(parseManifest(valid).resource_type).toBe('notification.Protocol');
  });

  it('names a missing field', () => {
    expect(problemsOf(valid.replace('provider: x\n', ''))).toEqual(['provider is required']);
  });

  it('names a wrong enum value and shows what it got', () => {
    expect(
      problemsOf(valid.replace('capability: { supported_schema: [] }', 'capability: { data_type: HIDDEN }')),
    ).toEqual(['capability.data_type must be one of PLAIN_TEXT, SECRET (got "HIDDEN")']);
  });

  it('refuses an image with a registry tag and an unknown key, both at once', () => {
    const text =
      valid.replace('image: cloudforet/plugin-x-noti-protocol', 'image: cloudforet/plugin-x:1.0') + 'template: {}\n';
    const problems = problemsOf(text);
    expect(problems).toContain('template is not a manifest field');
    expect(problems.find((p) => p.startsWith('image must match'))).toMatch(/\(got "cloudforet\/plugin-x:1\.0"\)$/);
  });

  it('names the wrong type of a nested field', () => {
    expect(problemsOf(valid.replace('labels: []', 'labels: [1]'))).toEqual(['labels.0 must be string (got 1)']);
  });

  it('takes an alert-manager entry that matches the kind, and refuses one that does not', () => {
    const entry = (type: string) => `alert_manager: { resource_type: ${type}, plugin_id: plugin-x-am }\n`;
    expect(parseManifest(valid + entry('alert_manager.Protocol')).alert_manager).toEqual({
      resource_type: 'alert_manager.Protocol',
      plugin_id: 'plugin-x-am',
    });
    expect(problemsOf(valid + entry('alert_manager.Webhook'))).toEqual([
      'alert_manager.resource_type must be "alert_manager.Protocol" (got "alert_manager.Webhook")',
    ]);
    const collector = valid.replace(/notification\.Protocol/g, 'inventory.Collector');
    expect(problemsOf(collector + entry('alert_manager.Webhook'))).toEqual([
      'alert_manager is only for monitoring.Webhook and notification.Protocol plugins',
    ]);
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(() => parseManifest('name: [unclosed', 'plugins/x/plugin.yaml')).toThrow(
      /^plugins\/x\/plugin\.yaml: invalid YAML/,
    );
  });

  it('reports a missing file', () => {
    expect(() => loadManifest('/nonexistent/plugin')).toThrow('/nonexistent/plugin/plugin.yaml: cannot read: ENOENT');
  });
});
