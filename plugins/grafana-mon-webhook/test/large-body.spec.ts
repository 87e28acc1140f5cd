// A 10 MB Grafana body (a huge rendered message) is refused cleanly and leaves no memory behind.
import { describeLargeBody } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';
import { EXAMPLE_BODY } from './harness';

describeLargeBody('grafana-mon-webhook large bodies', {
  createPlugin,
  body: (bytes) => ({
    options: {},
    data: { ...EXAMPLE_BODY, message: `${EXAMPLE_BODY.message as string}\n${'x'.repeat(bytes)}` },
  }),
  ordinary: { options: {}, data: EXAMPLE_BODY },
});
