import type { Instance, Volume } from '@aws-sdk/client-ec2';
import { AwsError, ec2Filters, intParam, pageOf, queryList, type AwsCall } from './aws-request';

type Result = Record<string, unknown>;

/** The EC2 actions the collector makes, answered from the region's generated resources. */
export const EC2_ACTIONS: Record<string, (call: AwsCall, regions: RegionList) => Result> = {
  DescribeRegions(call, regions) {
    const all = call.params.get('AllRegions') === 'true';
    const listed = [
      ...regions.enabled.map((name) => ({
        name,
        status: regions.optIn.includes(name) ? 'opted-in' : 'opt-in-not-required',
      })),
      ...(all ? regions.notOptedIn.map((name) => ({ name, status: 'not-opted-in' })) : []),
    ];
    return {
      Regions: listed.map(({ name, status }) => ({
        RegionName: name,
        Endpoint: `ec2.${name}.amazonaws.com`,
        OptInStatus: status,
      })),
    };
  },

  DescribeInstances(call) {
    const { params, world } = call;
    const filters = ec2Filters(params);
    const ids = [...queryList(params, 'InstanceId'), ...(filters.get('instance-id') ?? [])];
    const states = filters.get('instance-state-name');
    const accept = (i: Instance) => !states || states.includes(i.State!.Name!);
    const toReservation = (i: Instance) => ({
      ReservationId: `r-${i.InstanceId!.slice(2)}`,
      OwnerId: world.accountId,
      Groups: [],
      Instances: [i],
    });
    if (ids.length > 0) {
      if (params.has('MaxResults'))
        throw new AwsError(
          'InvalidParameterCombination',
          'The parameter instancesSet cannot be used with the parameter maxResults',
        );
      const found = ids.map((id) => {
        const instance = world.instanceById(id);
        if (!instance) throw new AwsError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
        return instance;
      });
      return { Reservations: found.filter(accept).map(toReservation) };
    }
    const max = intParam(params.get('MaxResults'), 'MaxResults', 5, 1000) ?? 1000;
    const page = pageOf(call, `instances:${world.region}:${states?.join() ?? ''}`, {
      end: world.instanceCount,
      token: params.get('NextToken'),
      max,
      get: (i) => world.instance(i),
      accept,
    });
    return { Reservations: page.items.map(toReservation), NextToken: page.next };
  },

  DescribeInstanceTypes(call) {
    return { InstanceTypes: call.world.instanceTypes(queryList(call.params, 'InstanceType')) };
  },

  DescribeInstanceAttribute(call) {
    const { params, world } = call;
    const id = params.get('InstanceId') ?? '';
    const index = world.indexOf('i', 'instance', id);
    if (index === undefined || index >= world.instanceCount)
      throw new AwsError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
    if (params.get('Attribute') !== 'disableApiTermination')
      throw new AwsError(
        'InvalidParameterValue',
        `Value (${params.get('Attribute')}) for parameter attribute is invalid.`,
      );
    return { InstanceId: id, DisableApiTermination: { Value: world.terminationProtection(index) } };
  },

  DescribeImages(call) {
    const { params, world } = call;
    const ids = queryList(params, 'ImageId');
    if (ids.length > 0) return { Images: ids.map((id) => world.imageById(id)).filter(Boolean) };
    const owners = queryList(params, 'Owner');
    if (!owners.includes('self') && !owners.includes(world.accountId))
      throw new AwsError('InvalidParameterCombination', 'The sandbox lists only your own images (Owner self).');
    const page = pageOf(call, `images:${world.region}`, {
      end: world.ownImageCount(),
      token: params.get('NextToken'),
      max: intParam(params.get('MaxResults'), 'MaxResults', 5, 1000) ?? 1000,
      get: (k) => world.ownImage(k),
    });
    return { Images: page.items, NextToken: page.next };
  },

  DescribeVpcs: (call) => ({ Vpcs: call.world.vpcs() }),
  DescribeSubnets: (call) => ({ Subnets: call.world.subnets() }),

  DescribeSecurityGroups(call) {
    const { params, world } = call;
    const ids = queryList(params, 'GroupId');
    const groups = world.securityGroups().filter((g) => ids.length === 0 || ids.includes(g.GroupId!));
    const page = pageOf(call, `sgs:${world.region}:${ids.join()}`, {
      end: groups.length,
      token: params.get('NextToken'),
      max: intParam(params.get('MaxResults'), 'MaxResults', 5, 1000) ?? 1000,
      get: (k) => groups[k],
    });
    return { SecurityGroups: page.items, NextToken: page.next };
  },

  DescribeVolumes(call) {
    const { params, world } = call;
    const filters = ec2Filters(params);
    const ids = [...queryList(params, 'VolumeId'), ...(filters.get('volume-id') ?? [])];
    const attachedTo = filters.get('attachment.instance-id');
    if (attachedTo) {
      const volumes: Volume[] = [];
      for (const id of attachedTo) {
        const i = world.indexOf('i', 'instance', id);
        if (i === undefined || i >= world.instanceCount) continue;
        for (const slot of world.volumeSlots(i)) {
          const v = world.volume(i * 2 + slot);
          if (v) volumes.push(v);
        }
      }
      return { Volumes: volumes };
    }
    if (ids.length > 0) {
      return {
        Volumes: ids.map((id) => {
          const v = world.indexOf('vol', 'volume', id);
          const volume = v === undefined ? undefined : world.volume(v);
          if (!volume) throw new AwsError('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
          return volume;
        }),
      };
    }
    const page = pageOf(call, `volumes:${world.region}`, {
      end: world.volumeIndexEnd(),
      token: params.get('NextToken'),
      max: intParam(params.get('MaxResults'), 'MaxResults', 5, 500) ?? 500,
      get: (v) => world.volume(v),
    });
    return { Volumes: page.items, NextToken: page.next };
  },

  DescribeSnapshots(call) {
    const { params, world } = call;
    const owners = queryList(params, 'Owner');
    if (!owners.includes('self') && !owners.includes(world.accountId))
      throw new AwsError('InvalidParameterCombination', 'The sandbox lists only your own snapshots (Owner self).');
    const page = pageOf(call, `snapshots:${world.region}`, {
      end: world.snapshotCount(),
      token: params.get('NextToken'),
      max: intParam(params.get('MaxResults'), 'MaxResults', 5, 1000) ?? 1000,
      get: (k) => world.snapshot(k),
    });
    return { Snapshots: page.items, NextToken: page.next };
  },

  DescribeAddresses(call) {
    const filters = ec2Filters(call.params);
    const instances = filters.get('instance-id');
    const all = call.world.addresses();
    return { Addresses: instances ? all.filter((a) => a.InstanceId && instances.includes(a.InstanceId)) : all };
  },

  DescribeLaunchTemplates: (call) => ({ LaunchTemplates: call.world.launchTemplates() }),
};

export interface RegionList {
  enabled: readonly string[];
  optIn: readonly string[];
  notOptedIn: readonly string[];
}
