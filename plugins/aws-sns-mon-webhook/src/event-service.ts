import type { EventsInfo, ParseRequest } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { requiredParameter, toEventsInfo, type CallContext, type PyDict } from '@cloudforet/plugin-core';
import { snsEvents, type SnsParseDeps } from './sns-events';

/** Event.parse: the gRPC edge of snsEvents (options and data are required, as upstream checks). */
export function makeParse(deps: SnsParseDeps) {
  return async (request: ParseRequest, ctx: CallContext): Promise<EventsInfo> => {
    if (request.options === undefined) throw requiredParameter('options');
    if (request.data === undefined) throw requiredParameter('data');
    return toEventsInfo(await snsEvents(request.options as PyDict, request.data as PyDict, deps, ctx));
  };
}
