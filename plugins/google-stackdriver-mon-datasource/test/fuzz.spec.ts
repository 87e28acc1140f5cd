// Fuzzing as a hostile or broken core would call the plugin: mutated requests per RPC (FUZZ_RUNS,
// seeded by FUZZ_SEED), in-process against the sandbox's Cloud Monitoring. Every answer must be OK
// or a clean Cloudforet error, none may hang, the process must stay up, and neither the logs nor any
// error may carry the private key or an access token, in any encoding.
import { describeFuzz, startInProcess, type FuzzSetup, type InProcessPlugin } from '@cloudforet/plugin-testing';
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { sandboxSecret } from './harness';
import { CPU, instanceIds, instanceMonitoring, instanceQuery } from './sandbox-series';

let gcp: GcpSandbox;
let plugin: InProcessPlugin;

beforeAll(async () => {
  gcp = await startGcpSandbox({ instancesPerZone: 3 });
  // One attempt: a mutated request that Cloud Monitoring refuses is not worth a backoff here.
  plugin = await startInProcess(createPlugin({ rootUrl: `${gcp.url}/`, maxAttempts: 1 }));
});
afterAll(async () => {
  await plugin?.close();
  await gcp?.close();
});

function setup(): FuzzSetup {
  const secret_data = sandboxSecret(gcp);
  const [id] = instanceIds(gcp, 1);
  const project = gcp.project.projectId;
  const window = { start: '2026-11-30T00:00:00.000Z', end: '2026-11-30T06:00:00.000Z' };
  const metric_query = { 'cloud-svc-0': instanceQuery(project, id) };
  return {
    endpoint: plugin.endpoint,
    rpcs: [
      { method: 'DataSource.init', seeds: [{ options: {} }] },
      { method: 'DataSource.verify', seeds: [{ options: {}, secret_data, schema: 'google_oauth2_credentials' }] },
      {
        method: 'Metric.list',
        seeds: [
          { options: {}, secret_data, query: instanceMonitoring(project, id), schema: 'google_oauth2_credentials' },
        ],
      },
      {
        method: 'Metric.get_data',
        seeds: [
          { options: {}, secret_data, metric_query, metric: CPU, stat: 'MAX', ...window },
          { options: {}, secret_data, metric_query, metric: CPU, period: 300, ...window },
        ],
      },
    ],
    secrets: [gcp.serviceAccountKey.private_key, ...gcp.issuedTokens()],
    logs: plugin.logs,
    afterBatch: () => gcp.reset(),
  };
}

describeFuzz('google-stackdriver-mon-datasource fuzz', setup, {
  // Most cases make a token grant (an RSA signature) and reach the sandbox: 200 per RPC keep CI well
  // under a minute; `npm run fuzz` runs the long version.
  ciRuns: 200,
  reproduce: 'npx jest plugins/google-stackdriver-mon-datasource/test/fuzz.spec.ts',
});
