import { awsError } from '../aws-resource';
import type { CloudServiceTypeDefinition } from '../region-context';
import { autoScalingGroupPages } from './auto-scaling-group-connector';
import { autoScalingGroupResource, GROUP, TYPE } from './auto-scaling-group-manager';
import { AUTO_SCALING_GROUP_TYPE } from './auto-scaling-group-metadata';

export const autoScalingGroupDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => AUTO_SCALING_GROUP_TYPE,
  async *collect(ctx) {
    for await (const [page] of autoScalingGroupPages(ctx))
      for (const group of page.groups) {
        try {
          yield autoScalingGroupResource(group, page, ctx);
        } catch (error) {
          yield awsError(
            { group: GROUP, type: TYPE, region: ctx.region, resourceId: group.AutoScalingGroupARN },
            `shaping ${group.AutoScalingGroupName} failed`,
            error,
          );
        }
      }
  },
};
