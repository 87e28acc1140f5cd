import { renderDocsSection } from './docs-section';
import { formatMarkdown } from './format-markdown';
import { collectorDocs } from './test-docs.fixture';

describe('renderDocsSection (a collector with secret_data)', () => {
  const text = renderDocsSection(collectorDocs);

  it('tables the registration facts from plugin.yaml', () => {
    expect(text).toContain('| capability.supported_schema | `x_api_key`, `x_role` |');
    expect(text).toContain('| capability.use_resource_secret | `true` |');
    expect(text).toContain('| registry_type | `HARBOR` |');
    expect(text).toContain('| service | `spaceone.api.inventory.plugin.Collector` (`init`, `verify`, `collect`) |');
  });

  it('documents each options example with what Collector.init answered, and tables schemas found in the metadata', () => {
    expect(text).toContain('### What `Collector.init` answers');
    expect(text).toContain('#### options `{}`');
    expect(text).toContain('#### options `{"regions":["r1"]}`');
    expect(text).toContain('schema (`metadata.options_schema`):');
    expect(text).toContain('| `regions` | array | no |');
    expect(text).toContain('No JSON Schema in the `Collector.init` metadata.');
    expect(text).not.toContain('data_type');
  });

  it('has one table per secret_data schema id', () => {
    expect(text).toContain(
      '#### `x_api_key`\n\n| key | type | required | title | description | example | constraints |',
    );
    expect(text).toContain('| `api_key` | string | yes |  |  |  | `minLength: 8` |');
    expect(text).toContain('#### `x_role`');
  });

  it('ends with the registration snippet and the image build command', () => {
    expect(text).toContain('(RegisterPluginRequest).\n');
    expect(text).toContain(
      '\nname: X Collector\nresource_type: inventory.Collector\nimage: cloudforet/plugin-x-inven-collector\n',
    );
    expect(text).toContain('spacectl exec register repository.Plugin -f register_plugin.yaml');
    expect(text).toContain('npx cfplugin register x-inven-collector --endpoint grpc://repository:50051 --token $TOKEN');
    expect(text).toContain(
      'docker build -f docker/Dockerfile --build-arg PLUGIN=x-inven-collector --build-arg VERSION=2.0.1 -t cloudforet/plugin-x-inven-collector:2.0.1 .',
    );
  });

  it('is the same on every run and formats to a fixed point', async () => {
    expect(renderDocsSection(collectorDocs)).toBe(text);
    const once = await formatMarkdown(text, { printWidth: 120 });
    expect(await formatMarkdown(once, { printWidth: 120 })).toBe(once);
  });
});
