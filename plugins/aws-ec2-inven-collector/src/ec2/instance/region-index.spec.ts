import type { Instance } from '@aws-sdk/client-ec2';
import type { RegionNetwork } from './instance-connector';
import { indexRegion } from './region-index';

const rule = (port: number) => ({
  IpProtocol: 'tcp',
  FromPort: port,
  ToPort: port,
  IpRanges: [{ CidrIp: '0.0.0.0/0' }],
});

const network: RegionNetwork = {
  vpcs: [
    { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' },
    { VpcId: 'vpc-1', CidrBlock: 'second' },
  ],
  subnets: [{ SubnetId: 'subnet-1', CidrBlock: '10.0.1.0/24' }],
  securityGroups: [
    { GroupId: 'sg-a', GroupName: 'a', IpPermissions: [rule(22)] },
    { GroupId: 'sg-b', GroupName: 'b', IpPermissions: [rule(443)], IpPermissionsEgress: [rule(80)] },
    { GroupId: 'sg-c', GroupName: 'c', IpPermissions: [rule(3389)] },
  ],
  autoScalingGroups: [
    { AutoScalingGroupName: 'first', LaunchConfigurationName: 'lc', Instances: [{ InstanceId: 'i-1' }] },
    { AutoScalingGroupName: 'second', Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }] },
  ] as RegionNetwork['autoScalingGroups'],
  launchConfigurations: [
    { LaunchConfigurationName: 'lc', LaunchConfigurationARN: 'arn:lc' },
  ] as RegionNetwork['launchConfigurations'],
  loadBalancers: [
    { LoadBalancerArn: 'arn:lb-1', LoadBalancerName: 'one', listeners: [] },
    { LoadBalancerArn: 'arn:lb-2', LoadBalancerName: 'two', listeners: [] },
  ],
  targetGroups: [
    { TargetType: 'ip', LoadBalancerArns: ['arn:lb-2'], targetHealth: [{ Target: { Id: '10.0.1.5' } }] },
    {
      TargetType: 'instance',
      LoadBalancerArns: ['arn:lb-1', 'arn:lb-2'],
      targetHealth: [{ Target: { Id: 'i-1' } }, { Target: { Id: 'i-1' } }],
    },
    { TargetType: 'lambda', LoadBalancerArns: ['arn:lb-1'], targetHealth: [{ Target: { Id: 'i-2' } }] },
  ],
};

const instance: Instance = {
  InstanceId: 'i-1',
  PrivateIpAddress: '10.0.1.5',
  // listed out of the region's order and twice: rows follow the region's order, once each
  SecurityGroups: [{ GroupId: 'sg-c' }, { GroupId: 'sg-a' }, { GroupId: 'sg-c' }, { GroupId: 'sg-unknown' }],
};

describe('indexRegion', () => {
  const index = indexRegion(network, [22, 3389]);

  it('finds subnets and VPCs by id, the first listed winning', () => {
    expect(index.subnet('subnet-1')?.CidrBlock).toBe('10.0.1.0/24');
    expect(index.vpc('vpc-1')?.CidrBlock).toBe('10.0.0.0/16');
    expect(index.subnet(undefined)).toBeUndefined();
    expect(index.vpc('vpc-none')).toBeUndefined();
  });

  it("gives the rows of the instance's groups in the region's group order, with vulnerable ports", () => {
    const rows = index.securityGroupRows(instance);
    expect(rows.map((r) => [r.security_group_id, r.direction, r.port, r.vulnerable_ports])).toEqual([
      ['sg-a', 'inbound', 22, [22]],
      ['sg-c', 'inbound', 3389, [3389]],
    ]);
    expect(index.securityGroupRows({ SecurityGroups: [{ GroupId: 'sg-b' }] }).map((r) => r.direction)).toEqual([
      'inbound',
      'outbound',
    ]);
  });

  it('gives the first auto scaling group holding the instance, with its launch configuration', () => {
    expect(index.autoScaling('i-1')?.group.AutoScalingGroupName).toBe('first');
    expect(index.autoScaling('i-1')?.launchConfiguration?.LaunchConfigurationARN).toBe('arn:lc');
    expect(index.autoScaling('i-2')).toEqual({ group: network.autoScalingGroups[1], launchConfiguration: undefined });
    expect(index.autoScaling('i-3')).toBeUndefined();
  });

  it('gives the load balancers targeting the instance by id or private IP, once each, in target-group order', () => {
    expect(index.loadBalancers(instance).map((lb) => lb.LoadBalancerName)).toEqual(['two', 'one']);
    // a lambda target group does not target instances
    expect(index.loadBalancers({ InstanceId: 'i-2' })).toEqual([]);
  });
});
