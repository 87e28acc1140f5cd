import { definePlugin, implement } from '@cloudforet/plugin-core';
import { CollectorService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { version } from '../package.json';
import { AZURE_SECRET_SCHEMAS } from './azure-secret';
import { azureSettingsFrom, type AzureSettings } from './azure-settings';
import { makeCollectorHandlers } from './collector-service';
import { optionsSchema } from './collector-options';
import { makeJobHandlers } from './job-service';

/** The Azure inventory collector. Without settings it reads them from the environment (`AZURE_RESOURCE_MANAGER_URL`, …). */
export function createPlugin(settings: AzureSettings = azureSettingsFrom(process.env)) {
  return definePlugin({
    name: 'plugin-azure-inven-collector',
    version,
    // secret_data is redacted whole (the client secret and the ids), access tokens by their shape.
    schemas: { options: optionsSchema, secretData: AZURE_SECRET_SCHEMAS },
    services: [implement(CollectorService, makeCollectorHandlers(settings)), implement(JobService, makeJobHandlers())],
  });
}
