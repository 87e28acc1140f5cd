// How the plugin runs against the sandbox, for its conformance test, its image check, `npm start`
// and `cfplugin serve` (see PluginHarness): the Google Cloud stand-in's Cloud Monitoring, reached
// through GOOGLE_CLOUD_ROOT_URL and the service-account key's token_uri.
import { dataSourceChecks, type PluginHarness } from '@cloudforet/plugin-testing';
import type { GcpSandbox, Sandbox } from '@cloudforet/sandbox';
import { CPU, expectedValues, instanceIds, instanceMonitoring, withoutOutage } from './sandbox-series';

export function sandboxSecret(gcp: GcpSandbox): Record<string, string> {
  return { ...gcp.serviceAccountKey };
}

export function pluginEnv(gcp: GcpSandbox): Record<string, string> {
  return { GOOGLE_CLOUD_ROOT_URL: `${gcp.url}/` };
}

export async function harness(sandbox: Sandbox): Promise<PluginHarness> {
  const gcp = await sandbox.start('gcp');
  const secret_data = sandboxSecret(gcp);
  const id = withoutOutage(gcp, instanceIds(gcp, 20));
  const query = instanceMonitoring(gcp.project.projectId, id);
  return {
    env: pluginEnv(gcp),
    checks: dataSourceChecks({
      options: {},
      secret_data,
      schema: 'google_oauth2_credentials',
      query,
      resourceId: 'cloud-svc-conformance',
      data: ({ labels, values }) => {
        // The check asks the first listed metric (CPU utilization) over the last hour, at 60 s: each
        // label is a point's end, the mean of the one sample in the minute before it.
        const got = values['cloud-svc-conformance'] as (number | null)[];
        const want = (labels as string[]).map(
          (l) =>
            expectedValues(gcp, id, CPU, {
              stat: 'MEAN',
              period: 60,
              start: new Date(Date.parse(l) - 60_000).toISOString(),
              end: l,
              labels: [l],
            })[0],
        );
        if (labels.length < 50 || JSON.stringify(got) !== JSON.stringify(want))
          throw new Error(`get_data answered ${JSON.stringify(got)}, the sandbox holds ${JSON.stringify(want)}`);
      },
    }),
    example: {
      method: 'Metric.list',
      params: { options: {}, secret_data, query, schema: 'google_oauth2_credentials' },
    },
  };
}
