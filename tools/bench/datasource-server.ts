// Child process of the metric-cloudwatch benchmark: serves aws-cloudwatch-mon-datasource on an ephemeral
// port against the sandbox at AWS_ENDPOINT_URL and reports its port (its own process, as in a container).
import { Writable } from 'node:stream';
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { createPlugin } from '@cloudforet/plugin-aws-cloudwatch-mon-datasource/src/plugin';

const discard = new Writable({ write: (_c, _e, cb) => cb() });
startServer(createPlugin(), {
  host: '127.0.0.1',
  port: 0,
  logger: createLogger({ format: 'json', destination: discard }),
}).then(
  (running) => {
    process.send?.({ port: running.port });
    process.once('SIGTERM', () => void running.shutdown().then(() => process.exit(0)));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
