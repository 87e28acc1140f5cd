#!/usr/bin/env node
// `npm run bench`: bundles the benchmarks with esbuild and runs them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist/bench');
await build({
  entryPoints: [
    join(root, 'tools/bench/protocol-dispatch.ts'),
    join(root, 'tools/bench/protocol-dispatch-server.ts'),
    join(root, 'tools/bench/unary-overhead.ts'),
    join(root, 'tools/bench/bench-server.ts'),
    join(root, 'tools/bench/auth-authorize.ts'),
    join(root, 'tools/bench/dispatch-telegram.ts'),
    join(root, 'tools/bench/webhook-parse.ts'),
    join(root, 'tools/bench/webhook-server.ts'),
    join(root, 'tools/bench/collect.ts'),
    join(root, 'tools/bench/aws-bare-calls.ts'),
    join(root, 'tools/bench/collect-gcp.ts'),
    join(root, 'tools/bench/gcp-bare-calls.ts'),
    join(root, 'tools/bench/collect-azure.ts'),
    join(root, 'tools/bench/azure-bare-calls.ts'),
    join(root, 'tools/bench/collector-server.ts'),
    join(root, 'tools/bench/metric-cloudwatch.ts'),
    join(root, 'tools/bench/metric-stackdriver.ts'),
    join(root, 'tools/bench/datasource-server.ts'),
  ],
  outdir,
  ...NODE_BUNDLE,
  tsconfig: join(root, 'tools/tsconfig.json'),
});
const only = process.argv[2]; // `npm run bench -- auth` runs one benchmark (`-- dispatch` the protocols', `-- webhook` the webhooks', `-- collect` the collectors', `-- collect-gcp` the Google one, `-- collect-azure` the Azure one, `-- metric-cloudwatch` the CloudWatch data source's, `-- metric-stackdriver` the Cloud Monitoring one's)
for (const bench of [
  'unary-overhead',
  'auth-authorize',
  'protocol-dispatch',
  'dispatch-telegram',
  'webhook-parse',
  'collect',
  'collect-gcp',
  'collect-azure',
  'metric-cloudwatch',
  'metric-stackdriver',
])
  if (!only || bench.includes(only))
    execFileSync(process.execPath, [join(outdir, `${bench}.js`)], { stdio: 'inherit' });
