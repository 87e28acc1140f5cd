import { definePlugin, implement } from '@cloudforet/plugin-core';
import { GOOGLE_SECRET_SCHEMAS } from '@cloudforet/plugin-core/google';
import { DataSourceService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/data_source';
import { MetricService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { version } from '../package.json';
import { dataSourceHandlers } from './data-source-service';
import { metricHandlers } from './metric-service';
import { monitoringSettingsFrom, type MonitoringSettings } from './monitoring-settings';

/**
 * The Google Cloud Monitoring (StackDriver) data source (monitoring.DataSource, METRIC). Without
 * settings it reads them from the environment (`GOOGLE_CLOUD_ROOT_URL` points it at the sandbox,
 * `GOOGLE_CLOUD_MAX_ATTEMPTS`).
 */
export function createPlugin(settings: MonitoringSettings = monitoringSettingsFrom(process.env)) {
  return definePlugin({
    name: 'plugin-google-stackdriver-mon-datasource',
    version,
    schemas: { options: { type: 'object', properties: {} }, secretData: GOOGLE_SECRET_SCHEMAS },
    services: [
      implement(DataSourceService, dataSourceHandlers(settings)),
      implement(MetricService, metricHandlers(settings)),
    ],
  });
}
