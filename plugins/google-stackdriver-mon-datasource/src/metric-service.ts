import { defaultPeriod, metricWindowOf, type Handlers } from '@cloudforet/plugin-core';
import type { MetricService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { getMetricData, resourcesOf } from './metric-data';
import { listMetrics, listQueryOf } from './metric-list';
import { monitoringError, MonitoringSession } from './monitoring-session';
import type { MonitoringSettings } from './monitoring-settings';
import { checkedPeriod, checkedWindow, statOf } from './stat-period';

export function metricHandlers(settings: MonitoringSettings): Handlers<typeof MetricService> {
  return {
    /** `query` is the resource's `data.google_cloud_monitoring` (required_keys[0]), as the Google collector emits it. */
    async list(request, ctx) {
      listQueryOf(request.query); // bad input fails before the token grant
      const session = await MonitoringSession.open(request.secret_data, settings, ctx);
      try {
        return { metrics: await listMetrics(session, request.query) };
      } catch (error) {
        throw session.signal.aborted ? error : monitoringError(error, 'metricDescriptors.list');
      } finally {
        session.close();
      }
    },

    /** `metric_query` maps each cloud_service_id to the metric_query `list` gave for it (plus region_name). */
    async getData(request, ctx) {
      const { start, end } = metricWindowOf(request.start, request.end);
      const stat = statOf(request.stat);
      const period = request.period ? checkedPeriod(request.period) : defaultPeriod(start, end);
      checkedWindow(start, end, period);
      const resources = resourcesOf(request.metric_query, request.metric);
      const session = await MonitoringSession.open(request.secret_data, settings, ctx);
      try {
        return await getMetricData(session, { resources, start, end, period, stat });
      } finally {
        session.close();
      }
    },
  };
}
