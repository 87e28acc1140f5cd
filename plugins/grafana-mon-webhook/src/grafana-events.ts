import {
  dictAt,
  pyGet,
  pyTruthy,
  type PyDict,
  type WebhookEvent,
  invalidParameterType,
  describeValue,
} from '@cloudforet/plugin-core';
import { legacyEvent } from './legacy-event';
import { atMessageRoot } from './message-root';
import { snsEnvelopeEvent } from './sns-envelope-event';
import { splitAlertEvents, unifiedEvent } from './unified-event';

export type GrafanaBody = 'LEGACY' | 'STANDARD' | 'AWS_SNS';

/** Upstream's detection, by Python truthiness: dashboardId and orgId, orgId only, neither. */
export function bodyType(body: PyDict): GrafanaBody {
  if (pyTruthy(pyGet(body, 'dashboardId')) && pyTruthy(pyGet(body, 'orgId'))) return 'LEGACY';
  return pyTruthy(pyGet(body, 'orgId')) ? 'STANDARD' : 'AWS_SNS';
}

/**
 * The events of one posted body: one per request as upstream, or with `split_alerts` one per
 * alert of a unified-alerting body.
 */
export function grafanaEvents(options: PyDict, data: PyDict, now: () => Date = () => new Date()): WebhookEvent[] {
  const body = dictAt(atMessageRoot(data, pyGet(options, 'message_root')), 'data');
  const split = pyGet(options, 'split_alerts', false);
  if (typeof split !== 'boolean')
    throw invalidParameterType('options.split_alerts', `bool, not ${describeValue(split)}`);
  switch (bodyType(body)) {
    case 'LEGACY':
      return [legacyEvent(body, now())];
    case 'STANDARD':
      return split ? splitAlertEvents(body) : [unifiedEvent(body)];
    case 'AWS_SNS':
      return [snsEnvelopeEvent(body)];
  }
}
