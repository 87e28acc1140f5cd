// Child process of `npm run bench -- collect`: the baseline. It makes the calls that dominate the
// collect, with the same pinned SDK clients, settings and concurrency, and does nothing else: per
// region every page of DescribeInstances (200 a page, the collector's states), then DescribeInstanceAttribute (disableApiTermination)
// for each instance, as the collector must. No shaping, no gRPC: what those AWS calls alone cost.
// Reports its calls, wall time and CPU over IPC.
import { setMaxListeners } from 'node:events';
import { DescribeInstanceAttributeCommand, DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { concurrencyLimit } from '@cloudforet/plugin-core';
import { awsClientConfig, awsSettingsFrom } from '@cloudforet/plugin-core/aws';
import { INSTANCE_STATES } from '@cloudforet/plugin-aws-ec2-inven-collector/src/ec2/instance/instance-connector';
import { serveBareCalls } from './bare-calls-child';

interface Job {
  regions: string[];
  concurrency: number;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

serveBareCalls(async ({ regions, concurrency, credentials }: Job) => {
  const settings = awsSettingsFrom(process.env);
  const signal = new AbortController().signal;
  setMaxListeners(0, signal); // every in-flight request listens on it, as in the collector
  const limit = concurrencyLimit(concurrency);
  let pages = 0;
  let attributes = 0;
  await Promise.all(
    regions.map(async (region) => {
      const ec2 = new EC2Client(awsClientConfig(settings, credentials, region, signal));
      const page = (NextToken?: string) =>
        limit(() => {
          pages++;
          return ec2.send(
            new DescribeInstancesCommand({
              Filters: [{ Name: 'instance-state-name', Values: INSTANCE_STATES }],
              MaxResults: 200,
              NextToken,
            }),
          );
        });
      const attribute = (InstanceId?: string) =>
        limit(() => {
          attributes++;
          return ec2.send(new DescribeInstanceAttributeCommand({ InstanceId, Attribute: 'disableApiTermination' }));
        });
      const answers: Promise<unknown>[] = [];
      let NextToken: string | undefined;
      do {
        const out = await page(NextToken);
        for (const r of out.Reservations ?? [])
          for (const i of r.Instances ?? []) answers.push(attribute(i.InstanceId));
        NextToken = out.NextToken;
      } while (NextToken);
      await Promise.all(answers);
      ec2.destroy();
    }),
  );
  return { calls: pages + attributes, attributes };
});
