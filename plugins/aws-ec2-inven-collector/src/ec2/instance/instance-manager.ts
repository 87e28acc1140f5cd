import type { Image, Instance } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { arnOf, awsCloudService, cloudtrail, nameOf, tagsOf } from '../aws-resource';
import type { PageDetails } from './instance-connector';
import type { RegionIndex } from './region-index';

export const GROUP = 'EC2';
export const TYPE = 'Instance';

/** One instance as upstream shapes it (§1.5 of the EC2 collector: os, aws, hardware, compute, …). */
export function instanceResource(
  instance: Instance,
  { region, accountId }: { region: string; accountId: string },
  network: RegionIndex,
  details: PageDetails,
): ResourceInfo {
  const id = instance.InstanceId!;
  const name = nameOf(instance.Tags);
  const image = details.images.get(instance.ImageId ?? '') ?? {};
  const osType = (instance.Platform ?? 'LINUX').toUpperCase();
  const subnet = network.subnet(instance.SubnetId);
  const vpc = network.vpc(instance.VpcId);
  const subnetData = subnet
    ? {
        subnet_name: nameOf(subnet.Tags),
        subnet_arn: subnet.SubnetArn,
        subnet_id: subnet.SubnetId,
        cidr: subnet.CidrBlock,
      }
    : {};
  const disks = disksOf(instance, details);
  const nics = (instance.NetworkInterfaces ?? []).map((nic) => ({
    ip_addresses: (nic.PrivateIpAddresses ?? [])
      .map((p) => p.PrivateIpAddress)
      .filter((ip): ip is string => Boolean(ip)),
    device: '',
    nic_type: nic.InterfaceType ?? '',
    cidr: subnet?.CidrBlock ?? '',
    mac_address: nic.MacAddress,
    public_ip_address: nic.Association?.PublicIp ?? '',
    tags: { public_dns: nic.Association?.PublicDnsName ?? '', eni_id: nic.NetworkInterfaceId ?? '' },
    ...(nic.Attachment?.DeviceIndex !== undefined ? { device_index: nic.Attachment.DeviceIndex } : {}),
  }));
  const itype = details.types.get(instance.InstanceType ?? '');
  const ssm = details.ssm.get(id);
  const launchedAt = instance.LaunchTime?.toISOString();
  const compute = {
    keypair: instance.KeyName ?? '',
    az: instance.Placement?.AvailabilityZone ?? '',
    instance_state: (instance.State?.Name ?? '').toUpperCase(),
    instance_type: instance.InstanceType ?? '',
    launched_at: launchedAt,
    instance_id: id,
    instance_name: name,
    security_groups: (instance.SecurityGroups ?? [])
      .filter((g) => g.GroupName !== undefined)
      .map((g) => ({ name: g.GroupName, id: g.GroupId, display: `${g.GroupName} (${g.GroupId})` })),
    image: image.Name ?? '',
    account: accountId,
    tags: { arn: arnOf('ec2', region, accountId, 'instance', id) },
  };
  const data = {
    os: {
      os_distro: osDistro(image.Name ?? '', osType),
      os_arch: image.Architecture ?? '',
      os_type: osType,
      details: ssm?.PlatformName
        ? ssm.PlatformVersion
          ? `${ssm.PlatformName} ${ssm.PlatformVersion}`
          : ssm.PlatformName
        : (instance.PlatformDetails ?? 'Linux/UNIX'),
    },
    aws: {
      ami_id: instance.ImageId,
      ami_launch_index: instance.AmiLaunchIndex,
      kernel_id: instance.KernelId,
      monitoring_state: instance.Monitoring?.State ?? '',
      ebs_optimized: instance.EbsOptimized,
      ena_support: instance.EnaSupport,
      hypervisor: instance.Hypervisor,
      placement: instance.Placement,
      iam_instance_profile: instance.IamInstanceProfile,
      termination_protection: details.terminationProtection.get(id) ?? false,
      lifecycle: instance.InstanceLifecycle ?? 'scheduled',
      auto_recovery: instance.MaintenanceOptions?.AutoRecovery,
      boot_mode: instance.BootMode,
      current_instance_boost: instance.CurrentInstanceBootMode,
      tpm_support: instance.TpmSupport,
      platform_details: instance.PlatformDetails,
      usage_operation: instance.UsageOperation,
      usage_operation_update_time: instance.UsageOperationUpdateTime?.toISOString(),
      enclave_options: instance.EnclaveOptions?.Enabled,
      hibernation_options: instance.HibernationOptions?.Configured,
      state_transition_reason: instance.StateTransitionReason,
      source_desk_check: instance.SourceDestCheck,
      sriov_net_support: instance.SriovNetSupport,
      elastic_gpu_associations: instance.ElasticGpuAssociations,
      elastic_inference_accelerator_associations: instance.ElasticInferenceAcceleratorAssociations,
      capacity_reservation_id: instance.CapacityReservationId,
      capacity_reservation_specification: instance.CapacityReservationSpecification,
      ...(disks.length > 0 ? { root_volume_type: disks[0].tags.volume_type } : {}),
    },
    hardware: itype
      ? {
          core: itype.VCpuInfo?.DefaultVCpus ?? 0,
          memory: Math.round(((itype.MemoryInfo?.SizeInMiB ?? 0) / 1024) * 100) / 100,
        }
      : {},
    compute,
    primary_ip_address: instance.PrivateIpAddress,
    nics,
    disks,
    load_balancer: loadBalancersOf(instance, network),
    security_group: network.securityGroupRows(instance),
    vpc: vpc
      ? {
          vpc_arn: arnOf('ec2', region, vpc.OwnerId ?? accountId, 'vpc', vpc.VpcId!),
          vpc_id: vpc.VpcId,
          cidr: vpc.CidrBlock,
          vpc_name: nameOf(vpc.Tags),
        }
      : {},
    subnet: subnetData,
    ...autoScalingOf(id, network),
    cloudwatch: {
      region_name: region,
      metrics_info: [
        { Namespace: 'AWS/EC2', Dimensions: [{ Name: 'InstanceId', Value: id }] },
        { Namespace: 'CWAgent', Dimensions: [{ Name: 'InstanceId', Value: id }] },
      ],
    },
    cloudtrail: cloudtrail(region, 'AWS::EC2::Instance', id),
  };
  return awsCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: id,
    account: accountId,
    regionCode: region,
    instanceType: instance.InstanceType ?? '',
    instanceSize: 0,
    ipAddresses: [...new Set(nics.flatMap((n) => n.ip_addresses))],
    tags: tagsOf(instance.Tags),
    externalLink: `https://${region}.console.aws.amazon.com/ec2/v2/home?region=${region}#Instances:instanceId=${id}`,
    data,
  });
}

function disksOf(instance: Instance, details: PageDetails) {
  const ids = (instance.BlockDeviceMappings ?? []).map((b) => b.Ebs?.VolumeId).filter(Boolean);
  return ids
    .map((id) => details.volumes.get(id!))
    .filter((v) => v !== undefined)
    .map((v, index) => ({
      device_index: index,
      device: v.Attachments?.[0]?.Device ?? '',
      disk_type: 'EBS',
      size: v.Size,
      tags: {
        volume_id: v.VolumeId,
        volume_type: v.VolumeType,
        encrypted: v.Encrypted,
        ...(v.Iops !== undefined ? { iops: v.Iops } : {}),
      },
    }));
}

function loadBalancersOf(instance: Instance, network: RegionIndex) {
  return network.loadBalancers(instance).map((lb) => ({
    endpoint: lb.DNSName ?? '',
    type: lb.Type,
    scheme: lb.Scheme,
    name: lb.LoadBalancerName ?? '',
    protocol: lb.listeners.map((l) => l.Protocol).filter(Boolean),
    port: lb.listeners.filter((l) => l.Port !== undefined).map((l) => String(l.Port)),
    tags: { arn: lb.LoadBalancerArn },
  }));
}

function autoScalingOf(instanceId: string, network: RegionIndex) {
  const found = network.autoScaling(instanceId);
  if (!found) return {};
  const { group: asg, launchConfiguration: lc } = found;
  return {
    auto_scaling_group: {
      name: asg.AutoScalingGroupName ?? '',
      arn: asg.AutoScalingGroupARN ?? '',
      ...(lc
        ? { launch_configuration: { name: lc.LaunchConfigurationName ?? '', arn: lc.LaunchConfigurationARN ?? '' } }
        : {}),
      ...(asg.LaunchTemplate ? { launch_template: asg.LaunchTemplate } : {}),
    },
  };
}

const LINUX_DISTROS: [string, string][] = [
  ['suse', 'suse'],
  ['rhel', 'redhat'],
  ['cetnos', 'centos'],
  ['fedora', 'fedora'],
  ['ubuntu', 'ubuntu'],
  ['debian', 'debia'],
  ['amazon', 'amazonlinux'],
  ['amzn', 'amazonlinux'],
];

/**
 * The distribution from the AMI name, as upstream derives it, quirks included (its table says
 * `cetnos` and `debia`, and matches the name case-sensitively: `RHEL-…` is plain `linux`).
 */
export function osDistro(imageName: string, osType: string): string {
  if (imageName === '') return osType.toLowerCase();
  if (osType === 'WINDOWS') {
    const parts = imageName.split('-');
    let distro: string | undefined;
    for (const version of ['2016', '2019', '2012']) if (parts.includes(version)) distro = `win${version}`;
    if (distro && parts.includes('R2_RTM')) distro = `${distro}r2`;
    return distro ?? 'windows';
  }
  return LINUX_DISTROS.find(([key]) => imageName.includes(key))?.[1] ?? 'linux';
}

export type { Image };
