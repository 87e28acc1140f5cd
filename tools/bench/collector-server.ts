// Child process of the collect benchmarks: serves the collector named by its argument (`aws`:
// aws-ec2-inven-collector against AWS_ENDPOINT_URL, `gcp`: google-cloud-inven-collector against
// GOOGLE_CLOUD_ROOT_URL, `azure`: azure-inven-collector against AZURE_RESOURCE_MANAGER_URL) on an ephemeral port and reports its port; the parent reads its peak RSS.
import { Writable } from 'node:stream';
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { createPlugin as createAwsPlugin } from '@cloudforet/plugin-aws-ec2-inven-collector/src/plugin';
import { createPlugin as createGcpPlugin } from '@cloudforet/plugin-google-cloud-inven-collector/src/plugin';
import { createPlugin as createAzurePlugin } from '@cloudforet/plugin-azure-inven-collector/src/plugin';

const discard = new Writable({ write: (_c, _e, cb) => cb() });
const PLUGINS = { aws: createAwsPlugin, gcp: createGcpPlugin, azure: createAzurePlugin };
startServer((PLUGINS[process.argv[2] as keyof typeof PLUGINS] ?? createAwsPlugin)(), {
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
