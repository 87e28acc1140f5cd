import type { EventsInfo, ParseRequest } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { requiredParameter, toEventsInfo, type PyDict } from '@cloudforet/plugin-core';
import { grafanaEvents } from './grafana-events';

/** Event.parse: the gRPC edge of grafanaEvents (options and data are required, as upstream's models say). */
export function parse(request: ParseRequest): EventsInfo {
  if (request.options === undefined) throw requiredParameter('options');
  if (request.data === undefined) throw requiredParameter('data');
  return toEventsInfo(grafanaEvents(request.options as PyDict, request.data as PyDict));
}
