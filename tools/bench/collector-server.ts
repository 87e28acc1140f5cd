// Child process of the collect benchmark: serves aws-ec2-inven-collector on an ephemeral port
// against the sandbox at AWS_ENDPOINT_URL and reports its port; the parent reads its peak RSS.
import { Writable } from 'node:stream';
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { createPlugin } from '@cloudforet/plugin-aws-ec2-inven-collector/src/plugin';

const discard = new Writable({ write: (_c, _e, cb) => cb() });
startServer(createPlugin(), {
  host: '127.0.0.1',
  port: 0,
  logger: createLogger({ format: 'json', destination: discard }),
}).then(
  (running) => {
    process.send?.({ port: running.port });
    // A normal exit on SIGTERM, so that --cpu-prof (BENCH_CPU_PROF) writes its profile.
    process.once('SIGTERM', () => void running.shutdown().then(() => process.exit(0)));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
