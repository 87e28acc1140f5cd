import type { Image, InstanceTypeInfo } from '@aws-sdk/client-ec2';
import { awsError } from '../aws-resource';
import type { CloudServiceTypeDefinition } from '../region-context';
import { instancePages, pageDetails, regionNetwork } from './instance-connector';
import { GROUP, instanceResource, TYPE } from './instance-manager';
import { indexRegion } from './region-index';
import { INSTANCE_TYPE } from './instance-metadata';

/**
 * EC2 instances, a page at a time: the region's network (VPCs, subnets, security groups, auto
 * scaling groups, load balancers) once, indexed for lookups by id, then per page of instances their
 * types, images, volumes, SSM information and termination protection, while the next page is
 * already asked for.
 */
export const instanceDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => INSTANCE_TYPE,
  async *collect(ctx) {
    const network = regionNetwork(ctx).then((n) => indexRegion(n, ctx.options.vulnerablePorts));
    network.catch(() => undefined); // awaited below; a page may fail first
    const known = { types: new Map<string, InstanceTypeInfo>(), images: new Map<string, Image | null>() };
    for await (const page of instancePages(ctx)) {
      if (page.length === 0) continue;
      const [details, shared] = await Promise.all([pageDetails(ctx, page, known), network]);
      for (const instance of page) {
        try {
          yield instanceResource(instance, { region: ctx.region, accountId: ctx.accountId }, shared, details);
        } catch (error) {
          yield awsError(
            { group: GROUP, type: TYPE, region: ctx.region, resourceId: instance.InstanceId },
            `shaping instance ${instance.InstanceId} failed`,
            error,
          );
        }
      }
    }
  },
};
