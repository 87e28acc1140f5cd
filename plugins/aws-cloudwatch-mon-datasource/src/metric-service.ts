import { defaultPeriod, metricWindowOf, type Handlers } from '@cloudforet/plugin-core';
import type { AwsSettings } from '@cloudforet/plugin-core/aws';
import type { MetricService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/metric';
import { CloudWatchSession, cloudWatchError } from './cloudwatch-session';
import { getMetricData, resourcesOf } from './metric-data';
import { listMetrics, listQueryOf } from './metric-list';
import { checkedPeriod, checkedWindow, cloudWatchStat } from './stat-period';

export function metricHandlers(settings: AwsSettings): Handlers<typeof MetricService> {
  return {
    /** `query` is the resource's `data.cloudwatch` (required_keys[0]), as the AWS collectors emit it. */
    async list(request, ctx) {
      listQueryOf(request.query); // bad input fails before any credential is used
      const session = await CloudWatchSession.open(request.secret_data, settings, ctx);
      try {
        return { metrics: await listMetrics(session, request.query) };
      } catch (error) {
        throw session.signal.aborted ? error : cloudWatchError(error, 'ListMetrics');
      } finally {
        session.close();
      }
    },

    /** `metric_query` maps each cloud_service_id to the metric_query `list` gave for it (plus region_name). */
    async getData(request, ctx) {
      const { start, end } = metricWindowOf(request.start, request.end);
      const stat = cloudWatchStat(request.stat);
      const period = request.period ? checkedPeriod(request.period) : defaultPeriod(start, end);
      checkedWindow(start, end, period);
      const resources = resourcesOf(request.metric_query, request.metric);
      const session = await CloudWatchSession.open(request.secret_data, settings, ctx);
      try {
        return await getMetricData(session, { resources, start, end, period, stat });
      } finally {
        session.close();
      }
    },
  };
}
