import { DescribeSnapshotsCommand, type Snapshot } from '@aws-sdk/client-ec2';
import { pages, type RegionContext } from '../region-context';

/** The account's own snapshots (`OwnerIds: ['self']`; public ones are not the account's inventory). */
export function snapshotPages(ctx: RegionContext): AsyncGenerator<Snapshot[]> {
  const ec2 = ctx.session.ec2(ctx.region);
  return pages(async (NextToken) => {
    const out = await ctx.session.send(
      ec2,
      new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, NextToken }),
    );
    return { items: out.Snapshots ?? [], next: out.NextToken };
  });
}
