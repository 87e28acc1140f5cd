import { definePlugin, implement } from '@cloudforet/plugin-core';
import { AWS_SECRET_SCHEMAS, awsSettingsFrom, type AwsSettings } from '@cloudforet/plugin-core/aws';
import { DataSourceService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/data_source';
import { MetricService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { version } from '../package.json';
import { dataSourceHandlers } from './data-source-service';
import { metricHandlers } from './metric-service';

/**
 * The AWS CloudWatch data source (monitoring.DataSource, METRIC). Without settings it reads them
 * from the environment (`AWS_ENDPOINT_URL` points every client at the sandbox, `AWS_MAX_ATTEMPTS`).
 */
export function createPlugin(settings: AwsSettings = awsSettingsFrom(process.env)) {
  return definePlugin({
    name: 'plugin-aws-cloudwatch-mon-datasource',
    version,
    schemas: { options: { type: 'object', properties: {} }, secretData: AWS_SECRET_SCHEMAS },
    services: [
      implement(DataSourceService, dataSourceHandlers(settings)),
      implement(MetricService, metricHandlers(settings)),
    ],
  });
}
