// What a misbehaving Google Cloud does to a collection: throttling, 5xx bursts, an unreachable
// zone, a denied collection, an API not enabled, a cancel.
import { startGcpSandbox, type GcpSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { startPlugin, type PluginUnderTest } from './plugin-under-test';
import { callsAfterCancel, cancelCollect } from '@cloudforet/plugin-testing';
import { countsOf, expectedCounts } from './sandbox-expectations';

describe('google-cloud-inven-collector under Google Cloud faults', () => {
  let gcp: GcpSandbox;
  let plugin: PluginUnderTest;
  const collect = () => plugin.collect({ options: {}, secret_data: sandboxSecret(gcp) });
  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 8, seed: 7 });
    plugin = await startPlugin(gcp);
  });
  afterAll(async () => {
    await plugin.close();
    await gcp.close();
  });

  it('throttled calls (429 with Retry-After: 1) are retried after the wait the answer asked for', async () => {
    gcp.reset();
    gcp.faults.failNext('throttle', 2);
    const all = await collect();
    expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
    expect(countsOf(all)).toEqual(expectedCounts(gcp));
    const [first, second, retried] = gcp.calls.calls.filter((c) => c.action === 'projects.get');
    expect([first.status, second.status, retried.status]).toEqual([429, 429, 200]);
    expect(second.startedAt - first.startedAt).toBeGreaterThanOrEqual(990);
    expect(retried.startedAt - second.startedAt).toBeGreaterThanOrEqual(990);
  });

  it('a burst of 5xx answers is retried; 10% of calls throttled still bring the complete result', async () => {
    gcp.reset();
    gcp.faults.failNext('server-error', 3);
    gcp.faults.throttleRate = 0.1;
    try {
      const all = await collect();
      expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
      expect(countsOf(all)).toEqual(expectedCounts(gcp));
    } finally {
      gcp.faults.throttleRate = 0;
    }
    expect(gcp.calls.calls.filter((c) => c.status === 503)).toHaveLength(3);
    expect(gcp.calls.calls.filter((c) => c.status === 429).length).toBeGreaterThan(0);
  });

  it('an unreachable zone gives one ErrorResource per type listing it by zone, naming it; the other zones and types complete', async () => {
    gcp.unreachableZones.add('europe-west1-b');
    try {
      const all = await collect();
      const errors = all.filter((m) => m.state === 'FAILURE');
      expect(errors.map((e) => [e.resource.cloud_service_type, e.resource.region_code])).toEqual(
        expect.arrayContaining([
          ['Instance', 'europe-west1'],
          ['Disk', 'europe-west1'],
          ['InstanceGroup', 'europe-west1'],
          // Its instances' ephemeral IPs are not listed either.
          ['ExternalIPAddress', 'europe-west1'],
        ]),
      );
      expect(errors).toHaveLength(4);
      for (const error of errors) {
        expect(error).toMatchObject({
          resource_type: 'inventory.ErrorResource',
          resource: { provider: 'google_cloud', resource_type: 'inventory.CloudService' },
        });
        expect(error.message).toMatch(
          /^(ComputeEngine (Instance|Disk|InstanceGroup)|Networking ExternalIPAddress) in europe-west1-b: not listed: .*unreachable/,
        );
      }
      const others = gcp.project.zones.filter((z) => z !== 'europe-west1-b');
      expect(countsOf(all)).toEqual(expectedCounts(gcp, others));
    } finally {
      gcp.unreachableZones.clear();
    }
  });

  it('a denied collection fails its type alone, with one ErrorResource naming group, type and permission', async () => {
    gcp.deniedCollections.add('storage.buckets');
    try {
      const all = await collect();
      const errors = all.filter((m) => m.state === 'FAILURE');
      expect(errors).toHaveLength(1);
      expect(errors[0].resource).toMatchObject({ cloud_service_group: 'CloudStorage', cloud_service_type: 'Bucket' });
      expect(errors[0].message).toBe(
        "CloudStorage Bucket: listing failed: 403 forbidden: Required 'storage.buckets.list' permission for 'projects/sandbox-project-1'",
      );
      const { 'CloudStorage/Bucket': _, ...rest } = expectedCounts(gcp);
      expect(countsOf(all)).toEqual(rest);
    } finally {
      gcp.deniedCollections.clear();
    }
  });

  it('managed groups whose members cannot be listed leave their instances unmanaged, logged, as upstream', async () => {
    gcp.deniedCollections.add('compute.instanceGroups');
    plugin.logs.lines.length = 0;
    try {
      const all = await collect();
      // instanceGroups.aggregatedList is denied too: the InstanceGroup type fails alone.
      expect(all.filter((m) => m.state === 'FAILURE').map((m) => m.resource.cloud_service_type)).toEqual([
        'InstanceGroup',
      ]);
      const vms = all.filter((m) => m.resource?.cloud_service_type === 'Instance' && m.state === 'SUCCESS');
      expect(vms).toHaveLength(expectedCounts(gcp)['ComputeEngine/Instance']);
      expect(vms.every((m) => JSON.parse(m.resource.json_data).google_cloud.is_managed_instance === false)).toBe(true);
      const notes = plugin.logs.records().filter((l) => String(l.msg).includes('managed instance group'));
      expect(notes).toHaveLength(gcp.project.zones.length);
    } finally {
      gcp.deniedCollections.clear();
    }
  });

  it('an API not enabled skips its types as upstream does: no ErrorResource, one log line naming the API', async () => {
    gcp.disabledApis.add('storage');
    plugin.logs.lines.length = 0;
    try {
      const all = await collect();
      expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
      expect(countsOf(all)['CloudStorage/Bucket']).toBeUndefined();
      expect(countsOf(all)['ComputeEngine/Instance']).toBe(expectedCounts(gcp)['ComputeEngine/Instance']);
      const notes = plugin.logs.records().filter((l) => String(l.msg).includes('is not enabled'));
      expect(notes.map((l) => l.msg)).toEqual([
        'the Cloud Storage API is not enabled in the project: skipped CloudStorage/Bucket',
      ]);
    } finally {
      gcp.disabledApis.clear();
    }
  });

  it('a project Resource Manager refuses ends the stream empty, as upstream', async () => {
    const all = await plugin.collect({
      options: {},
      secret_data: { ...sandboxSecret(gcp), project_id: 'another-project' },
    });
    expect(all).toEqual([]);
    expect(plugin.logs.records().some((l) => String(l.msg).startsWith('projects.get failed'))).toBe(true);
  });

  it('a cancelled collect makes no Google call one second later (call log)', async () => {
    const slow = await startGcpSandbox({ instancesPerZone: 500, pageSizeCap: 10, latencyMs: 40 });
    const slowPlugin = await startPlugin(slow);
    try {
      const params = { options: { concurrency: 2 }, secret_data: sandboxSecret(slow), filter: {} };
      const { cancelledAt, code } = await cancelCollect(slowPlugin, params, 15);
      expect(code).toBe('CANCELLED');
      const { made, later } = await callsAfterCancel(cancelledAt, () => slow.calls.calls.length);
      expect(later).toBe(made);
      // Uncancelled it would page 2,000 instances and 2,500 disks at 10 a page.
      expect(made).toBeLessThan(100);
    } finally {
      await slowPlugin.close();
      await slow.close();
    }
  });
});
