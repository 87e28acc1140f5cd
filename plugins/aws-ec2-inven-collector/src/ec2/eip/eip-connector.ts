import { DescribeAddressesCommand, type Address } from '@aws-sdk/client-ec2';
import { pages, type RegionContext } from '../region-context';

/** The region's EIPs: `ec2:DescribeAddresses`. */
export function eipPages(ctx: RegionContext): AsyncGenerator<Address[]> {
  const ec2 = ctx.session.ec2(ctx.region);
  return pages(async () => {
    const out = await ctx.session.send(ec2, new DescribeAddressesCommand({}));
    return { items: out.Addresses ?? [] };
  });
}
