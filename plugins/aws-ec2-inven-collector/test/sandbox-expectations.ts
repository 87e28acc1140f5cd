// What a complete collection of the AWS sandbox holds, counted from the sandbox's own data.
import type { AwsSandbox } from '@cloudforet/sandbox';

export type TypeCounts = Record<string, number>;

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

/** CloudServices per `EC2/<Type>` among streamed messages. */
export function countsOf(resources: Record<string, unknown>[]): TypeCounts {
  const counts: TypeCounts = {};
  for (const r of resources) {
    if (r.resource_type !== 'inventory.CloudService') continue;
    const res = r.resource as { cloud_service_group: string; cloud_service_type: string };
    const key = `${res.cloud_service_group}/${res.cloud_service_type}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
