import { parse } from 'yaml';
import { toRegisterYamlForDocs } from './register-yaml-for-docs';
import { collectorDocs } from './test-docs.fixture';

describe('toRegisterYamlForDocs', () => {
  const manifest = collectorDocs.manifest;

  it('writes the spacectl keys in a fixed order, docs included when plugin.yaml has them', () => {
    const text = toRegisterYamlForDocs(manifest);
    expect(Object.keys(parse(text))).toEqual([
      'name',
      'resource_type',
      'image',
      'registry_type',
      'provider',
      'capability',
      'labels',
      'tags',
      'plugin_id',
      'docs',
    ]);
    expect(parse(text)).toMatchObject({
      registry_type: 'HARBOR',
      capability: manifest.capability,
      docs: { en: '# X' },
    });
    expect(text).not.toMatch(/service_type/);
  });

  it('defaults registry_type to DOCKER_HUB and leaves docs out when absent', () => {
    const { docs: _docs, registry_type: _registry, ...rest } = manifest;
    const parsed = parse(toRegisterYamlForDocs(rest));
    expect(parsed.registry_type).toBe('DOCKER_HUB');
    expect('docs' in parsed).toBe(false);
  });
});
