import type { EventsInfo, ParseRequest } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { requiredParameter, toEventsInfo, type PyDict } from '@cloudforet/plugin-core';
import { alertmanagerEvents } from './alertmanager-events';

/** Event.parse: the gRPC edge of alertmanagerEvents (options and data are required, as upstream checks). */
export function parse(request: ParseRequest): EventsInfo {
  if (request.options === undefined) throw requiredParameter('options');
  if (request.data === undefined) throw requiredParameter('data');
  return toEventsInfo(alertmanagerEvents(request.data as PyDict));
}
