import { definePlugin, implement } from '@cloudforet/plugin-core';
import { CollectorService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { version } from '../package.json';
import { AWS_SECRET_SCHEMAS, awsSettingsFrom, type AwsSettings } from '@cloudforet/plugin-core/aws';
import { makeCollectorHandlers } from './collector-service';
import { optionsSchema } from './collector-options';
import { makeJobHandlers } from './job-service';

/** The AWS EC2 inventory collector. Without settings it reads them from the environment (`AWS_ENDPOINT_URL`, …). */
export function createPlugin(settings: AwsSettings = awsSettingsFrom(process.env)) {
  return definePlugin({
    name: 'plugin-aws-ec2-inven-collector',
    version,
    // secret_data is redacted whole; session tokens of assumed roles are by their key names.
    schemas: { options: optionsSchema, secretData: AWS_SECRET_SCHEMAS },
    services: [
      implement(CollectorService, makeCollectorHandlers(settings)),
      implement(JobService, makeJobHandlers(settings)),
    ],
  });
}
