import { DescribeImagesCommand, type Image } from '@aws-sdk/client-ec2';
import { pages, type RegionContext } from '../region-context';

/** The account's own AMIs (`Owners: ['self']`). */
export function amiPages(ctx: RegionContext): AsyncGenerator<Image[]> {
  const ec2 = ctx.session.ec2(ctx.region);
  return pages(async (NextToken) => {
    const out = await ctx.session.send(
      ec2,
      new DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, NextToken }),
    );
    return { items: out.Images ?? [], next: out.NextToken };
  });
}
