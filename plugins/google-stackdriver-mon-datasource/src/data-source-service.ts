import type { Handlers } from '@cloudforet/plugin-core';
import type { DataSourceService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/data_source';
import { MonitoringSession } from './monitoring-session';
import type { MonitoringSettings } from './monitoring-settings';
import { SUPPORTED_STATS } from './stat-period';

/**
 * What monitoring validates at registration, as upstream answers it: the stats (MEAN, not AVERAGE),
 * `required_keys[0]` (the path of the resource's data monitoring sends to Metric.list as `query`) and
 * the provider.
 */
export const DATA_SOURCE_METADATA = {
  supported_stat: [...SUPPORTED_STATS],
  required_keys: ['data.google_cloud_monitoring'],
  supported_providers: ['google_cloud'],
};

export function dataSourceHandlers(settings: MonitoringSettings): Handlers<typeof DataSourceService> {
  return {
    init: () => ({ metadata: DATA_SOURCE_METADATA }),
    /** The token grant with the key (upstream only builds a client): a key Google refuses fails here. */
    async verify(request, ctx) {
      const session = await MonitoringSession.open(request.secret_data, settings, ctx);
      session.close();
      return {};
    },
  };
}
