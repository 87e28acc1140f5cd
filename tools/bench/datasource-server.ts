// Child process of the metric benchmarks: serves the data source named by its argument (`aws`, the
// default: aws-cloudwatch-mon-datasource against AWS_ENDPOINT_URL; `gcp`: google-stackdriver-mon-datasource
// against GOOGLE_CLOUD_ROOT_URL) on an ephemeral port and reports its port (its own process, as in a container).
import { Writable } from 'node:stream';
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { createPlugin as createCloudWatchPlugin } from '@cloudforet/plugin-aws-cloudwatch-mon-datasource/src/plugin';
import { createPlugin as createStackdriverPlugin } from '@cloudforet/plugin-google-stackdriver-mon-datasource/src/plugin';

const discard = new Writable({ write: (_c, _e, cb) => cb() });
startServer(process.argv[2] === 'gcp' ? createStackdriverPlugin() : createCloudWatchPlugin(), {
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
