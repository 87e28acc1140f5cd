// A 10 MB Alertmanager body (a long alert list) is refused cleanly and leaves no memory behind.
import { describeLargeBody } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_BODY } from './harness';

const [alert] = EXAMPLE_BODY.alerts as Record<string, unknown>[];
const alerts = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / JSON.stringify(alert).length) }, (_, i) => ({
    ...alert,
    fingerprint: `f${i}`,
  }));

describeLargeBody('prometheus-mon-webhook large bodies', {
  createPlugin,
  body: (bytes) => ({ options: {}, data: { ...EXAMPLE_BODY, alerts: alerts(bytes) } }),
  ordinary: { options: {}, data: EXAMPLE_BODY },
});
