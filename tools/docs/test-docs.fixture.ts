import type { PluginDocs } from './plugin-docs';

/** A collector-like plugin with secret_data schemas and an options_schema in its init metadata. */
export const collectorDocs: PluginDocs = {
  name: 'x-inven-collector',
  version: '2.0.1',
  manifest: {
    plugin_id: 'plugin-x-inven-collector',
    name: 'X Collector',
    image: 'cloudforet/plugin-x-inven-collector',
    registry_type: 'HARBOR',
    resource_type: 'inventory.Collector',
    service_type: 'inventory.Collector',
    provider: 'x',
    capability: { supported_schema: ['x_api_key', 'x_role'], use_resource_secret: true },
    labels: ['Compute'],
    tags: { description: 'X' },
    docs: { en: '# X' },
    local_port: 50099,
    version: '2.0.1',
  },
  services: [{ name: 'spaceone.api.inventory.plugin.Collector', methods: ['init', 'verify', 'collect'] }],
  schemas: {
    options: {
      type: 'object',
      properties: { regions: { type: 'array', items: { type: 'string' } } },
      examples: [{}, { regions: ['r1'] }],
    },
    secretData: {
      x_api_key: { type: 'object', required: ['api_key'], properties: { api_key: { type: 'string', minLength: 8 } } },
      x_role: { type: 'object', properties: { role_arn: { type: 'string' } } },
    },
  },
  initService: 'Collector',
  inits: [
    {
      options: {},
      response: { metadata: { options_schema: { type: 'object', properties: { regions: { type: 'array' } } } } },
    },
    { options: { regions: ['r1'] }, response: { metadata: {} } },
  ],
};
