import { DescribeVolumesCommand, type Volume } from '@aws-sdk/client-ec2';
import { pages, type RegionContext } from '../region-context';

export function volumePages(ctx: RegionContext): AsyncGenerator<Volume[]> {
  const ec2 = ctx.session.ec2(ctx.region);
  return pages(async (NextToken) => {
    const out = await ctx.session.send(ec2, new DescribeVolumesCommand({ MaxResults: 500, NextToken }));
    return { items: out.Volumes ?? [], next: out.NextToken };
  });
}
