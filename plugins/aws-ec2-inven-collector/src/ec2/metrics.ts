import { metric, namespace } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';

const ICONS = 'https://spaceone-custom-assets.s3.ap-northeast-2.amazonaws.com/console-assets/icons';
const region = {
  key: 'region_code',
  name: 'Region',
  reference: { resource_type: 'inventory.Region', reference_key: 'region_code' },
};
const searchable = (g: { key: string; name: string; default?: boolean; reference?: unknown }) => ({
  ...g,
  search_key: g.key,
});
const account = { key: 'account', name: 'Account ID' };
type GroupBy = { key: string; name: string; search_key?: string; default?: boolean; reference?: unknown };
const m = (
  id: string,
  name: string,
  resourceType: string,
  groupBy: GroupBy[],
  value: { operator: 'count' | 'sum'; key?: string },
  unit: string,
  ns: string,
) =>
  metric({
    metric_id: id,
    name,
    metric_type: 'GAUGE',
    resource_type: resourceType,
    query_options: { group_by: groupBy, fields: { value } },
    unit,
    namespace_id: ns,
    version: '1.0',
  });

const INSTANCE = 'inventory.CloudService:aws.EC2.Instance';

/**
 * The EC2 group's namespaces and metrics exactly as upstream v2's YAMLs declare them, their
 * inconsistencies included (snapshot metrics point at `EC2.Volume`, the SG count is named
 * "Volume Count", the EIP/AMI namespaces name `ElasticIpAddress`/`Ami`): the ids and versions are
 * what inventory upserts by, and the console's dashboards read them as they are.
 */
export function ec2Metrics(): ResourceInfo[] {
  return [
    namespace({
      namespace_id: 'ns-aws-ec2-instance',
      name: 'EC2/Instance',
      category: 'ASSET',
      resource_type: INSTANCE,
      group: 'aws',
      icon: `${ICONS}/aws-ec2.svg`,
      version: '1.1',
    }),
    m(
      'metric-aws-ec2-instance-count',
      'Instance Count',
      INSTANCE,
      [
        searchable(region),
        searchable(account),
        searchable({ key: 'instance_type', name: 'Instance Type' }),
        searchable({ key: 'data.compute.instance_state', name: 'Instance State', default: true }),
        searchable({ key: 'data.os.os_type', name: 'OS Type' }),
        searchable({ key: 'data.compute.az', name: 'Availability Zone' }),
      ],
      { operator: 'count' },
      'Count',
      'ns-aws-ec2-instance',
    ),
    m(
      'metric-aws-ec2-instance-vcpu-count',
      'vCPU Count',
      INSTANCE,
      [
        searchable(region),
        searchable(account),
        searchable({ key: 'instance_type', name: 'Instance Type' }),
        searchable({ key: 'data.os.os_type', name: 'OS Type' }),
        searchable({ key: 'data.compute.az', name: 'Availability Zone' }),
      ],
      { key: 'data.hardware.core', operator: 'sum' },
      'Core',
      'ns-aws-ec2-instance',
    ),
    m(
      'metric-aws-ec2-instance-memory-size',
      'Memory Size',
      INSTANCE,
      [
        account,
        region,
        { key: 'data.compute.az', name: 'Availability Zone' },
        { key: 'instance_type', name: 'Instance Type', default: true },
        { key: 'data.compute.instance_state', name: 'Instance State' },
        { key: 'data.os.os_type', name: 'OS Type' },
      ],
      { key: 'data.hardware.memory', operator: 'sum' },
      'GB',
      'ns-aws-ec2-instance',
    ),
    namespace({
      namespace_id: 'ns-aws-ec2-volume',
      name: 'EC2/Volume',
      category: 'ASSET',
      resource_type: 'inventory.CloudService:aws.EC2.Volume',
      group: 'aws',
      icon: `${ICONS}/cloud-services/aws/Amazon-Elastic-Block-Store-EBS.svg`,
      version: '1.1',
    }),
    ...(['count', 'size'] as const).map((kind) =>
      m(
        `metric-aws-ec2-volume-${kind}`,
        kind === 'count' ? 'Volume Count' : 'Volume Size',
        'inventory.CloudService:aws.EC2.Volume',
        [
          account,
          region,
          { key: 'data.AvailabilityZone', name: 'Availability Zone' },
          { key: 'instance_type', name: 'Volume Type' },
          { key: 'data.State', name: 'Volume State', default: true },
        ],
        kind === 'count' ? { operator: 'count' } : { operator: 'sum', key: 'instance_size' },
        kind === 'count' ? 'Count' : 'Bytes',
        'ns-aws-ec2-volume',
      ),
    ),
    namespace({
      namespace_id: 'ns-aws-ec2-snapshot',
      name: 'EC2/Snapshot',
      category: 'ASSET',
      resource_type: 'inventory.CloudService:aws.EC2.Snapshot',
      group: 'aws',
      icon: `${ICONS}/cloud-services/aws/Amazon-Elastic-Block-Store-EBS.svg`,
      version: '1.1',
    }),
    ...(['count', 'size'] as const).map((kind) =>
      m(
        `metric-aws-ec2-snapshot-${kind}`,
        kind === 'count' ? 'Snapshot Count' : 'Snapshot Size',
        'inventory.CloudService:aws.EC2.Volume',
        [searchable(region), searchable(account), searchable({ key: 'data.State', name: 'Status', default: true })],
        kind === 'count' ? { operator: 'count' } : { operator: 'sum', key: 'instance_size' },
        kind === 'count' ? 'Count' : 'Bytes',
        'ns-aws-ec2-snapshot',
      ),
    ),
    namespace({
      namespace_id: 'ns-aws-ec2-securitygroup',
      name: 'EC2/SecurityGroup',
      category: 'ASSET',
      resource_type: 'inventory.CloudService:aws.EC2.SecurityGroup',
      group: 'aws',
      icon: `${ICONS}/aws-ec2.svg`,
      version: '1.1',
    }),
    m(
      'metric-aws-ec2-sg-count',
      'Volume Count',
      'inventory.CloudService:aws.EC2.SecurityGroup',
      [searchable(region), searchable(account), searchable({ key: 'data.VpcId', name: 'VPC' })],
      { operator: 'count' },
      'Count',
      'ns-aws-ec2-sg',
    ),
    namespace({
      namespace_id: 'ns-aws-ec2-eip',
      name: 'EC2/EIP',
      category: 'ASSET',
      resource_type: 'inventory.CloudService:aws.EC2.ElasticIpAddress',
      group: 'aws',
      icon: `${ICONS}/cloud-services/aws/Amazon-EC2_Elastic-IP-Address_light-bg.svg`,
      version: '1.1',
    }),
    m(
      'metric-aws-ec2-eip-count',
      'EIP Count',
      'inventory.CloudService:aws.EC2.EIP',
      [account, region, { key: 'data.allocation_status', name: 'Allocation Status', default: true }],
      { operator: 'count' },
      'Count',
      'ns-aws-ec2-eip',
    ),
    namespace({
      namespace_id: 'ns-aws-ec2-ami',
      name: 'EC2/AMI',
      category: 'ASSET',
      resource_type: 'inventory.CloudService:aws.EC2.Ami',
      group: 'aws',
      icon: `${ICONS}/cloud-services/aws/Amazon-AMI.svg`,
      version: '1.1',
    }),
    m(
      'metric-aws-ec2-ami-count',
      'AMI Count',
      'inventory.CloudService:aws.EC2.AMI',
      [
        account,
        region,
        { key: 'data.Public', name: 'Is Public' },
        { key: 'data.state', name: 'Status' },
        { key: 'data.Platform', name: 'Platform' },
      ],
      { operator: 'count' },
      'count',
      'ns-aws-ec2-ami',
    ),
    autoScalingNamespace(),
    m(
      'metric-aws-ec2-auto-scaling-group-count',
      'AutoScalingGroup Count',
      'inventory.CloudService:aws.EC2.AutoScalingGroup',
      [account, region],
      { operator: 'count' },
      'count',
      'ns-aws-ec2-auto-scaling-group',
    ),
  ];
}

/** Upstream's YAML for this one has `provider: aws` and no `resource_type`/`group`; inventory needs a resource_type, so it is given here. */
function autoScalingNamespace(): ResourceInfo {
  return namespace({
    namespace_id: 'ns-aws-ec2-auto-scaling-group',
    name: 'EC2/AutoScalingGroup',
    category: 'ASSET',
    resource_type: 'inventory.CloudService:aws.EC2.AutoScalingGroup',
    group: 'aws',
    icon: `${ICONS}/Amazon-EC2-Auto-Scaling.svg`,
    version: '1.0',
  });
}
