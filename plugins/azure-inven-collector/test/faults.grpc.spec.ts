// What a misbehaving Azure does to a collection: throttling, 5xx bursts, a failing location, a
// denied API, a cancel; and two subscriptions collected at once by one plugin process.
import { startAzureSandbox, type AzureSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { startPlugin, type Message, type PluginUnderTest } from './plugin-under-test';
import { callsAfterCancel, cancelCollect } from '@cloudforet/plugin-testing';
import { countsOf, expectedCounts } from './sandbox-expectations';

describe('azure-inven-collector under Azure faults', () => {
  let azure: AzureSandbox;
  let plugin: PluginUnderTest;
  const collect = (index = 0) => plugin.collect({ options: {}, secret_data: sandboxSecret(azure, index) });
  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: 6, pageSize: 4, dataSeed: 7 });
    plugin = await startPlugin(azure);
  });
  afterAll(async () => {
    await plugin.close();
    await azure.close();
  });

  it('two collects at once with different subscriptions each return only their own resources', async () => {
    const [first, second] = await Promise.all([collect(0), collect(1)]);
    for (const [index, messages] of [first, second].entries()) {
      const own = azure.subscriptions[index].subscriptionId;
      const services = messages.filter((m) => m.resource_type === 'inventory.CloudService');
      expect(messages.filter((m) => m.state !== 'SUCCESS')).toEqual([]);
      expect(countsOf(messages)).toEqual(expectedCounts(azure, index));
      expect(new Set(services.map((m) => m.resource.account))).toEqual(new Set([own]));
      expect(services.every((m) => m.resource.reference.resource_id.startsWith(`/subscriptions/${own}/`))).toBe(true);
      expect(new Set(services.map((m) => m.resource.data.subscription_name))).toEqual(
        new Set([`Sandbox Subscription ${index + 1}`]),
      );
    }
    const ids = (ms: Message[]) => new Set(ms.map((m) => m.resource.reference?.resource_id).filter(Boolean));
    const overlap = [...ids(first)].filter((id) => ids(second).has(id));
    expect(overlap).toEqual([]);
  });

  it('throttled calls (429 with Retry-After: 1) are retried by the SDK after the wait the answer asked for', async () => {
    azure.reset();
    azure.faults.failNext('throttle', 2);
    const all = await collect();
    expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
    expect(countsOf(all)).toEqual(expectedCounts(azure));
    const throttled = azure.calls.calls.filter((c) => c.status === 429);
    expect(throttled).toHaveLength(2);
    for (const t of throttled) {
      const retried = azure.calls.calls.find(
        (c) => c.action === t.action && c.status === 200 && c.startedAt >= t.startedAt,
      );
      expect(retried!.startedAt - t.startedAt).toBeGreaterThanOrEqual(990);
    }
  });

  it('a burst of 5xx answers is retried; 10% of calls throttled still bring the complete result', async () => {
    azure.reset();
    azure.faults.failNext('server-error', 3);
    azure.faults.throttleRate = 0.1;
    try {
      const all = await collect();
      expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
      expect(countsOf(all)).toEqual(expectedCounts(azure));
    } finally {
      azure.faults.throttleRate = 0;
    }
    expect(azure.calls.calls.filter((c) => c.status === 503)).toHaveLength(3);
    expect(azure.calls.calls.filter((c) => c.status === 429).length).toBeGreaterThan(0);
  });

  it('a failing location gives one ErrorResource naming group, type and location; the rest completes', async () => {
    azure.failingLocations.add('eastus');
    try {
      const all = await collect();
      const errors = all.filter((m) => m.state === 'FAILURE');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        resource_type: 'inventory.ErrorResource',
        resource: {
          provider: 'azure',
          cloud_service_group: 'VMScaleSets',
          cloud_service_type: 'ScaleSet',
          region_code: 'eastus',
          resource_type: 'inventory.CloudService',
        },
      });
      expect(errors[0].message).toBe(
        "VMScaleSets ScaleSet in eastus: not listed: 400 LocationNotAvailableForResourceType: The provided location 'eastus' is not available for resource type 'Microsoft.Compute/virtualMachineScaleSets'.",
      );
      expect(countsOf(all)).toEqual(expectedCounts(azure, 0, ['eastus']));
    } finally {
      azure.failingLocations.clear();
    }
  });

  it('a denied API fails its type alone, with one ErrorResource naming group, type and the permission', async () => {
    azure.deniedApis.add('Microsoft.Compute/snapshots');
    try {
      const all = await collect();
      const errors = all.filter((m) => m.state === 'FAILURE');
      expect(errors).toHaveLength(1);
      expect(errors[0].resource).toMatchObject({ cloud_service_group: 'Snapshots', cloud_service_type: 'Instance' });
      expect(errors[0].message).toMatch(
        /^Snapshots Instance: listing failed: 403 AuthorizationFailed: .*'Microsoft\.Compute\/snapshots\/read'/,
      );
      const { 'Snapshots/Instance': _, ...rest } = expectedCounts(azure);
      expect(countsOf(all)).toEqual(rest);
    } finally {
      azure.deniedApis.clear();
    }
  });

  it('a subnet that cannot be read fails each internal load balancer on it alone (one ErrorResource each), one read per subnet', async () => {
    azure.reset();
    azure.deniedApis.add('Microsoft.Network/virtualNetworks/subnets');
    try {
      const all = await plugin.collect({
        options: { cloud_service_groups: ['LoadBalancers'] },
        secret_data: sandboxSecret(azure),
      });
      const sub = azure.subscriptions[0];
      const errors = all.filter((m) => m.state === 'FAILURE');
      expect(errors.map((e) => e.resource.resource_id)).toEqual(
        sub.locations.map((_, l) => sub.internalLoadBalancerId(l)),
      );
      expect(errors[0].resource).toMatchObject({
        cloud_service_group: 'LoadBalancers',
        cloud_service_type: 'Instance',
      });
      expect(errors[0].message).toContain('403 AuthorizationFailed: ');
      expect(errors[0].message).toContain("'Microsoft.Network/virtualNetworks/subnets/read'");
      const shaped = all.filter((m) => m.resource_type === 'inventory.CloudService').map((m) => m.resource.name);
      expect(shaped).toEqual(sub.locations.map((l) => `lb-${l}`));
      // Each subnet is asked for once; the SDK does not retry a 403.
      expect(azure.calls.where({ action: 'subnets.get' })).toHaveLength(sub.locations.length);
    } finally {
      azure.deniedApis.clear();
    }
  });

  it('the scale sets of one resource group share one autoscale listing, and its failure fails each of them alone', async () => {
    const sub = azure.subscriptions[0];
    const groups = new Set(sub.locations.map((_, l) => (sub.scaleSet(l).id as string).split('/')[4]));
    expect(groups.size).toBe(1); // 6 VMs a location over 3 groups: every location's shared resources in the first
    const collectSets = () =>
      plugin.collect({ options: { cloud_service_groups: ['VMScaleSets'] }, secret_data: sandboxSecret(azure) });
    azure.reset();
    const fine = await collectSets();
    expect(fine.filter((m) => m.state === 'FAILURE')).toEqual([]);
    const sets = fine.filter((m) => m.resource_type === 'inventory.CloudService');
    expect(sets).toHaveLength(sub.locations.length);
    expect(sets.map((m) => m.resource.data.autoscale_settings.length)).toEqual(
      sub.locations.map((_, l) => (sub.scaleSetAutoscaled(l) ? 1 : 0)),
    );
    expect(azure.calls.where({ action: 'autoscaleSettings.listByResourceGroup' })).toHaveLength(1);
    azure.reset();
    azure.deniedApis.add('Microsoft.Insights/autoscalesettings');
    try {
      const denied = await collectSets();
      const errors = denied.filter((m) => m.state === 'FAILURE');
      expect(errors.map((e) => e.resource.resource_id).sort()).toEqual(
        sub.locations.map((_, l) => sub.scaleSet(l).id as string).sort(),
      );
      expect(errors[0].message).toContain("'Microsoft.Insights/autoscalesettings/read'");
      expect(azure.calls.where({ action: 'autoscaleSettings.listByResourceGroup' })).toHaveLength(1);
    } finally {
      azure.deniedApis.clear();
    }
  });

  it('a cancelled collect makes no Azure call one second later (call log)', async () => {
    const slow = await startAzureSandbox({ vmsPerLocation: 500, pageSize: 10, latencyMs: 40 });
    const slowPlugin = await startPlugin(slow);
    try {
      const params = { options: { concurrency: 2 }, secret_data: sandboxSecret(slow), filter: {} };
      const { cancelledAt, code } = await cancelCollect(slowPlugin, params, 15);
      expect(code).toBe('CANCELLED');
      const { made, later } = await callsAfterCancel(cancelledAt, () => slow.calls.calls.length);
      expect(later).toBe(made);
      // Uncancelled it would page 1,500 VMs, NICs and 2,000 disks at 10 a page.
      expect(made).toBeLessThan(100);
    } finally {
      await slowPlugin.close();
      await slow.close();
    }
  });
});
