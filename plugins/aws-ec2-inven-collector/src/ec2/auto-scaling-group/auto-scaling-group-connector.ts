import {
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  type AutoScalingGroup,
  type LaunchConfiguration,
} from '@aws-sdk/client-auto-scaling';
import { DescribeLaunchTemplatesCommand, type LaunchTemplate } from '@aws-sdk/client-ec2';
import { allPages, pages, type RegionContext } from '../region-context';

export interface AutoScalingPage {
  groups: AutoScalingGroup[];
  launchConfigurations: LaunchConfiguration[];
  launchTemplates: LaunchTemplate[];
}

/** Auto Scaling groups page by page, each page with the region's launch configurations and templates. */
export async function* autoScalingGroupPages(ctx: RegionContext): AsyncGenerator<AutoScalingPage[]> {
  const asg = ctx.session.autoScaling(ctx.region);
  const [launchConfigurations, launchTemplates] = await Promise.all([
    allPages(async (NextToken) => {
      const o = await ctx.session.send(asg, new DescribeLaunchConfigurationsCommand({ NextToken, MaxRecords: 100 }));
      return { items: o.LaunchConfigurations ?? [], next: o.NextToken };
    }),
    allPages(async (NextToken) => {
      const o = await ctx.session.send(ctx.session.ec2(ctx.region), new DescribeLaunchTemplatesCommand({ NextToken }));
      return { items: o.LaunchTemplates ?? [], next: o.NextToken };
    }),
  ]);
  for await (const groups of pages(async (NextToken) => {
    const o = await ctx.session.send(asg, new DescribeAutoScalingGroupsCommand({ NextToken, MaxRecords: 100 }));
    return { items: o.AutoScalingGroups ?? [], next: o.NextToken };
  }))
    yield [{ groups, launchConfigurations, launchTemplates }];
}
