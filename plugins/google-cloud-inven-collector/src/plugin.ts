import { definePlugin, implement } from '@cloudforet/plugin-core';
import { CollectorService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { version } from '../package.json';
import { makeCollectorHandlers } from './collector-service';
import { optionsSchema } from './collector-options';
import { gcpSettingsFrom, type GcpSettings } from './gcp-settings';
import { makeJobHandlers } from './job-service';
import { GOOGLE_SECRET_SCHEMAS as SECRET_SCHEMAS } from '@cloudforet/plugin-core/google';

/** The Google Cloud inventory collector. Without settings it reads them from the environment (`GOOGLE_CLOUD_ROOT_URL`, …). */
export function createPlugin(settings: GcpSettings = gcpSettingsFrom(process.env)) {
  return definePlugin({
    name: 'plugin-google-cloud-inven-collector',
    version,
    // secret_data is redacted whole (the private key, its id, the account), access tokens by their shape.
    schemas: { options: optionsSchema, secretData: SECRET_SCHEMAS },
    services: [implement(CollectorService, makeCollectorHandlers(settings)), implement(JobService, makeJobHandlers())],
  });
}
