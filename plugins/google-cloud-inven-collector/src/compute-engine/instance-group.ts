import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, lastSegment, regionOfZone, segmentAfter } from '../gcp-resource';

const GROUP = 'ComputeEngine';
const TYPE = 'InstanceGroup';

/**
 * Instance groups of every zone (`instanceGroups.aggregatedList`), each with its manager
 * (`instanceGroupManagers.aggregatedList`: template, target size) and autoscaler
 * (`autoscalers.aggregatedList`: policy), listed once per collect.
 */
export const instanceGroupDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Instance Group Type', key: 'data.instance_group_type', type: 'enum' },
    { name: 'Location', key: 'data.zone' },
    { name: 'Instances', key: 'data.size' },
    { name: 'Template', key: 'data.template_name' },
    { name: 'Autoscaling Mode', key: 'data.autoscaling_display' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  async *collect(ctx) {
    const { managers, autoscalers } = await managersAndAutoscalers(ctx);
    const unreachable: { scope: string; message: string }[] = [];
    const pages = aggregatedPages<compute_v1.Schema$InstanceGroup>(
      ctx.session,
      'instanceGroups',
      (pageToken, o) =>
        ctx.session.compute.instanceGroups.aggregatedList(
          { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
          o,
        ),
      (scope, message) => unreachable.push({ scope, message }),
    );
    yield* shapePages(
      pages,
      (group) => {
        const zone = lastSegment(group.zone);
        const region = zone ? regionOfZone(zone) : segmentAfter(group.region, 'regions');
        const manager = managers.get(group.selfLink ?? '');
        const autoscaler = manager && autoscalers.get(manager.selfLink ?? '');
        const policy = autoscaler?.autoscalingPolicy;
        return gcpCloudService({
          name: group.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: group.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add(region),
          instanceSize: group.size ?? 0,
          launchedAt: group.creationTimestamp ?? undefined,
          externalLink: `https://console.cloud.google.com/compute/instanceGroups/details/${zone}/${group.name}?project=${ctx.projectId}`,
          data: {
            ...group,
            zone,
            region,
            instance_group_type: manager ? 'MANAGED' : 'UNMANAGED',
            template_name: lastSegment(manager?.instanceTemplate),
            instance_group_manager: manager ?? {},
            autoscaler: autoscaler ?? {},
            autoscaling_display: policy
              ? `${policy.mode === 'OFF' ? 'Off' : 'On'}: Target ${policy.minNumReplicas ?? 0} - ${policy.maxNumReplicas ?? 0}`
              : 'No configuration',
            creation_timestamp: group.creationTimestamp ?? '',
            google_cloud_logging: googleCloudLogging(
              ctx.projectId,
              'gce_instance_group',
              'resource.labels.instance_group_id',
              group.id ?? '',
            ),
          },
          metadata: instanceGroupDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (g) => g.id },
      unreachable,
    );
  },
});

/** Managers by the group they manage, autoscalers by the manager they target. */
async function managersAndAutoscalers(ctx: CollectContext) {
  const managers = new Map<string, compute_v1.Schema$InstanceGroupManager>();
  const autoscalers = new Map<string, compute_v1.Schema$Autoscaler>();
  const project = ctx.projectId;
  await Promise.all([
    (async () => {
      for await (const page of aggregatedPages<compute_v1.Schema$InstanceGroupManager>(
        ctx.session,
        'instanceGroupManagers',
        (pageToken, o) =>
          ctx.session.compute.instanceGroupManagers.aggregatedList(
            { project, pageToken, returnPartialSuccess: true },
            o,
          ),
      ))
        for (const { item } of page) managers.set(item.instanceGroup ?? '', item);
    })(),
    (async () => {
      for await (const page of aggregatedPages<compute_v1.Schema$Autoscaler>(
        ctx.session,
        'autoscalers',
        (pageToken, o) =>
          ctx.session.compute.autoscalers.aggregatedList({ project, pageToken, returnPartialSuccess: true }, o),
      ))
        for (const { item } of page) autoscalers.set(item.target ?? '', item);
    })(),
  ]);
  return { managers, autoscalers };
}
