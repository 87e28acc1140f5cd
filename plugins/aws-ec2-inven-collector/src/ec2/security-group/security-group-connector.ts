import { DescribeSecurityGroupsCommand, DescribeVpcsCommand, type SecurityGroup } from '@aws-sdk/client-ec2';
import { pages, type RegionContext } from '../region-context';

/** The region's security groups, without those of default VPCs (as upstream: `include_vpc_default` off). */
export async function* securityGroupPages(ctx: RegionContext): AsyncGenerator<SecurityGroup[]> {
  const ec2 = ctx.session.ec2(ctx.region);
  const vpcs = await ctx.session.send(ec2, new DescribeVpcsCommand({}));
  const defaults = new Set((vpcs.Vpcs ?? []).filter((v) => v.IsDefault).map((v) => v.VpcId));
  for await (const page of pages(async (NextToken) => {
    const out = await ctx.session.send(ec2, new DescribeSecurityGroupsCommand({ MaxResults: 1000, NextToken }));
    return { items: out.SecurityGroups ?? [], next: out.NextToken };
  }))
    yield page.filter((g) => !defaults.has(g.VpcId));
}
