import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import type { AwsSession } from '../aws/aws-session';

/** The regions the account has enabled (`ec2:DescribeRegions` without AllRegions), as upstream lists them. */
export async function enabledRegions(session: AwsSession, from = 'us-east-1'): Promise<string[]> {
  const out = await session.send(session.ec2(from), new DescribeRegionsCommand({}));
  return (out.Regions ?? []).map((r) => r.RegionName!).filter(Boolean);
}
