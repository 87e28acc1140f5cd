// What a complete collection of the AWS sandbox holds, counted from the sandbox's own data.
import type { AwsSandbox } from '@cloudforet/sandbox';

import type { TypeCounts } from '@cloudforet/plugin-testing';

export { cloudServiceCounts as countsOf } from '@cloudforet/plugin-testing';

/** CloudServices per `EC2/<Type>` that collecting `regions` must stream. */
export function expectedCounts(aws: AwsSandbox, regions: readonly string[] = aws.regions): TypeCounts {
  const counts: TypeCounts = {
    'EC2/Instance': 0,
    'EC2/Volume': 0,
    'EC2/Snapshot': 0,
    'EC2/SecurityGroup': 0,
    'EC2/AMI': 0,
    'EC2/AutoScalingGroup': 0,
    'EC2/EIP': 0,
  };
  for (const name of regions) {
    const world = aws.region(name);
    for (let i = 0; i < world.instanceCount; i++)
      if (world.instance(i).State?.Name !== 'terminated') counts['EC2/Instance']++;
    for (let v = 0; v < world.volumeIndexEnd(); v++) if (world.volume(v)) counts['EC2/Volume']++;
    counts['EC2/Snapshot'] += world.snapshotCount();
    const defaults = new Set(
      world
        .vpcs()
        .filter((v) => v.IsDefault)
        .map((v) => v.VpcId),
    );
    counts['EC2/SecurityGroup'] += world.securityGroups().filter((g) => !defaults.has(g.VpcId)).length;
    counts['EC2/AMI'] += world.ownImageCount();
    counts['EC2/AutoScalingGroup'] += world.autoScalingGroups().length;
    counts['EC2/EIP'] += world.addresses().length;
  }
  return counts;
}
