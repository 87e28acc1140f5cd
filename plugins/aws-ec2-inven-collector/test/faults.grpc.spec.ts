// What a misbehaving AWS does to a collection: throttling, 5xx bursts, a refused region, a cancel.
import { startAwsSandbox, type AwsSandbox } from '@cloudforet/sandbox';
import { sandboxSecret } from './harness';
import { callsAfterCancel, cancelCollect } from '@cloudforet/plugin-testing';
import { startPlugin, type PluginUnderTest } from './plugin-under-test';
import { countsOf, expectedCounts } from './sandbox-expectations';

describe('aws-ec2-inven-collector under AWS faults', () => {
  describe('throttling and 5xx', () => {
    let aws: AwsSandbox;
    let plugin: PluginUnderTest;
    beforeAll(async () => {
      aws = await startAwsSandbox({ regions: ['us-east-1', 'eu-west-1'], instancesPerRegion: 6, seed: 7 });
      plugin = await startPlugin(aws);
    });
    afterAll(async () => {
      await plugin.close();
      await aws.close();
    });

    it('30% of calls throttled: the SDK`s adaptive retry still brings the complete result', async () => {
      aws.reset();
      aws.faults.throttleRate = 0.3;
      try {
        const all = await plugin.collect({ options: {}, secret_data: sandboxSecret(aws) });
        expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
        expect(countsOf(all)).toEqual(expectedCounts(aws));
      } finally {
        aws.faults.throttleRate = 0;
      }
      const throttled = aws.calls.calls.filter(
        (c) => c.error === 'RequestLimitExceeded' || c.error === 'Throttling' || c.error === 'ThrottlingException',
      );
      expect(throttled.length / aws.calls.calls.length).toBeGreaterThan(0.2);
    });

    it('a burst of 5xx answers is retried', async () => {
      aws.reset();
      aws.faults.failNext('server-error', 4);
      const all = await plugin.collect({ options: {}, secret_data: sandboxSecret(aws) });
      expect(all.filter((m) => m.state === 'FAILURE')).toEqual([]);
      expect(countsOf(all)).toEqual(expectedCounts(aws));
      expect(aws.calls.calls.slice(0, 4).map((c) => c.status >= 500)).toEqual([true, true, true, true]);
    });
  });

  it('a region answering UnauthorizedOperation gives one ErrorResource naming it, and the others complete', async () => {
    const aws = await startAwsSandbox({ deniedRegions: ['eu-west-1'], instancesPerRegion: 20 });
    const plugin = await startPlugin(aws);
    try {
      const all = await plugin.collect({ options: {}, secret_data: sandboxSecret(aws) });
      const errors = all.filter((m) => m.state === 'FAILURE');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        resource_type: 'inventory.ErrorResource',
        resource: {
          provider: 'aws',
          cloud_service_group: 'EC2',
          cloud_service_type: expect.any(String),
          region_code: 'eu-west-1',
          resource_type: 'inventory.CloudService',
        },
      });
      expect(errors[0].message).toMatch(
        /^EC2 in eu-west-1: UnauthorizedOperation: You are not authorized to perform this operation\. \(refused for [\w, ]+\)/,
      );
      const others = aws.regions.filter((r) => r !== 'eu-west-1');
      expect(countsOf(all)).toEqual(expectedCounts(aws, others));
      expect(
        all.filter(
          (m) =>
            m.resource?.region_code === 'eu-west-1' &&
            m.state === 'SUCCESS' &&
            m.resource_type === 'inventory.CloudService',
        ),
      ).toEqual([]);
    } finally {
      await plugin.close();
      await aws.close();
    }
  });

  it('a cancelled collect makes no AWS call one second later (call log)', async () => {
    const aws = await startAwsSandbox({
      regions: ['us-east-1', 'eu-west-1'],
      instancesPerRegion: 400,
      pageSizeCap: 20,
      latencyMs: 40,
    });
    const plugin = await startPlugin(aws);
    try {
      const params = { options: { concurrency: 4 }, secret_data: sandboxSecret(aws), filter: {} };
      const { cancelledAt, code } = await cancelCollect(plugin, params, 20);
      expect(code).toBe('CANCELLED');
      const { made, later } = await callsAfterCancel(cancelledAt, () => aws.calls.calls.length);
      expect(later).toBe(made);
      expect(aws.calls.calls.filter((c) => c.startedAt > cancelledAt + 1000)).toEqual([]);
      // Uncancelled it would have made over 800 (400 instances x 2 regions, an attribute call each).
      expect(made).toBeLessThan(200);
    } finally {
      await plugin.close();
      await aws.close();
    }
  });
});
