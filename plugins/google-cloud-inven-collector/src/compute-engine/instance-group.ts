import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, collectList, listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { badges, COUNT_WIDGETS, LIST_BADGE, outlineBadges, states } from '../collect/view-options';
import { shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, googleCloudMonitoring } from '../gcp-resource';
import {
  autoscalerData,
  autoscalingDisplay,
  groupLocation,
  managerData,
  memberData,
  powerScheduler,
  templateData,
} from './instance-group-data';
import { listAutoscalers, listGroupManagers } from './group-lists';
import { groupMemberPages } from './managed-instances';

const GROUP = 'ComputeEngine';
const TYPE = 'InstanceGroup';

/**
 * Instance groups of every zone and region (`instanceGroups.aggregatedList`), each with its manager
 * (`instanceGroupManagers.aggregatedList`), autoscaler (`autoscalers.aggregatedList`), template
 * (`instanceTemplates.list`) and members (`instanceGroups.listInstances`, or
 * `regionInstanceGroups.listInstances`, per group as upstream), in upstream's data layout.
 */
export const instanceGroupDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  isMajor: true,
  fields: [
    { name: 'Instance Group ID', key: 'data.id', options: { is_optional: true } },
    { name: 'Instances', key: 'data.instance_counts' },
    { name: 'Type', key: 'data.instance_group_type', type: 'enum' },
    { name: 'Min Replicas', key: 'data.autoscaler.autoscaling_policy.min_num_replicas' },
    { name: 'Max Replicas', key: 'data.autoscaler.autoscaling_policy.max_num_replicas' },
    { name: 'Recommended Size', key: 'data.autoscaler.recommended_size' },
    { name: 'Template', key: 'data.template.name' },
    { name: 'Autoscaling Mode', key: 'data.autoscaler.autoscaling_policy.mode', type: 'enum' },
    { name: 'Autoscaling', key: 'data.autoscaling_display' },
    { name: 'Project', key: 'data.project', options: { is_optional: true } },
    { name: 'Region', key: 'data.display_location.region', options: { is_optional: true } },
    { name: 'Zone', key: 'data.display_location.zone', options: { is_optional: true } },
    { name: 'Network', key: 'data.network', options: { is_optional: true } },
    { name: 'Subnet', key: 'data.subnetwork', options: { is_optional: true } },
    { name: 'Description', key: 'data.description', options: { is_optional: true } },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  // upstream's tabs; its Instance Template tab's Creation Time is the group's
  details: [
    {
      name: 'Instance Group',
      type: 'list',
      layouts: [
        {
          name: 'Instance Group',
          type: 'item',
          fields: [
            { name: 'Resource ID', key: 'data.id' },
            { name: 'Name', key: 'data.name' },
            {
              name: 'Type',
              key: 'data.instance_group_type',
              type: 'enum',
              options: outlineBadges(['STATELESS', 'STATEFUL', 'UNMANAGED']),
            },
            { name: 'Project', key: 'data.project' },
            { name: 'Region', key: 'data.display_location.region' },
            { name: 'Zone', key: 'data.display_location.zone' },
            { name: 'Network', key: 'data.network' },
            { name: 'Subnet', key: 'data.subnetwork' },
            { name: 'Description', key: 'data.description' },
            { name: 'Instance Counts', key: 'data.instance_counts' },
            { name: 'Min Replicas', key: 'data.autoscaler.autoscaling_policy.min_num_replicas' },
            { name: 'Max Replicas', key: 'data.autoscaler.autoscaling_policy.max_num_replicas' },
            { name: 'Recommended Size', key: 'data.autoscaler.recommended_size' },
            { name: 'Self Link', key: 'data.self_link' },
            { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
          ],
        },
        {
          name: 'Instance Template',
          type: 'item',
          fields: [
            { name: 'Resource ID', key: 'data.template.id' },
            { name: 'Name', key: 'data.template.name' },
            { name: 'Description', key: 'data.template.description' },
            { name: 'Self Link', key: 'data.template.self_link' },
            { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
          ],
        },
      ],
    },
    {
      name: 'Instance',
      type: 'table',
      rootPath: 'data.instances',
      fields: [
        { name: 'Name', key: 'name' },
        {
          name: 'Status',
          key: 'status',
          type: 'enum',
          options: states({
            safe: ['RUNNING'],
            warning: ['STAGING', 'PROVISIONING', 'REPAIRING', 'STOPPING', 'SUSPENDING'],
            disable: ['TERMINATED'],
            alert: ['SUSPENDED'],
          }),
        },
        { name: 'Self Link', key: 'instance' },
        { name: 'Ports (Name)', key: 'name_ports', type: 'list', options: { ...LIST_BADGE, sub_key: 'name' } },
        { name: 'Ports', key: 'name_ports', type: 'list', options: { ...LIST_BADGE, sub_key: 'port' } },
      ],
    },
    {
      name: 'Auto Scaler',
      type: 'list',
      layouts: [
        {
          name: 'Auto Scaler',
          type: 'item',
          fields: [
            { name: 'Resource ID', key: 'data.autoscaler.id' },
            { name: 'Name', key: 'data.autoscaler.name' },
            { name: 'Description', key: 'data.autoscaler.description' },
            {
              name: 'Status',
              key: 'data.autoscaler.status',
              type: 'enum',
              options: states({ safe: ['ACTIVE'], warning: ['PENDING', 'DELETING'], alert: ['ERROR'] }),
            },
            {
              name: 'Status Detail Message',
              key: 'data.autoscaler.status_details',
              type: 'list',
              options: { sub_key: 'message' },
            },
            { name: 'Self Link', key: 'data.autoscaler.self_link' },
            { name: 'Creation Time', key: 'data.autoscaler.creation_timestamp', type: 'datetime' },
          ],
        },
        {
          name: 'Auto Scaling Policy',
          type: 'item',
          fields: [
            {
              name: 'Mode',
              key: 'data.autoscaler.autoscaling_policy.mode',
              type: 'enum',
              options: badges({ 'indigo.500': ['ON'], 'coral.600': ['OFF'] }),
            },
            { name: 'Minimum Replica Counts', key: 'data.autoscaler.autoscaling_policy.min_num_replicas' },
            { name: 'Maximum Replica Counts', key: 'data.autoscaler.autoscaling_policy.max_num_replicas' },
            { name: 'Cool Down Period (Seconds)', key: 'data.autoscaler.autoscaling_policy.cool_down_period_sec' },
            {
              name: 'CPU Utilization',
              key: 'data.autoscaler.autoscaling_policy.cpu_utilization.utilization_target',
            },
            {
              name: 'Load Balancing Utilization',
              key: 'data.autoscaler.autoscaling_policy.loadbalancing_utilization.utilization_target',
            },
          ],
        },
      ],
    },
    {
      name: 'AutoHealing',
      type: 'table',
      rootPath: 'data.instance_group_manager.auto_healing_policies',
      fields: [
        { name: 'Health Check', key: 'health_check' },
        { name: 'Initial Delay (Seconds)', key: 'initial_delay_sec' },
      ],
    },
  ],
  async *collect(ctx) {
    const [managers, autoscalers, templates] = await Promise.all([
      listGroupManagers(ctx).then((list) => new Map(list.map((m) => [m.instanceGroup ?? '', m]))),
      // by selfLink: what a manager's `status.autoscaler` names, as upstream matches them
      listAutoscalers(ctx).then((list) => new Map(list.map((a) => [a.selfLink ?? '', a]))),
      collectList(
        listPages<compute_v1.Schema$InstanceTemplate>(ctx.session, (pageToken, o) =>
          ctx.session.compute.instanceTemplates.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
        ),
      ).then((list) => new Map(list.map((t) => [t.selfLink ?? '', t]))),
    ]);
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
      withMembers(ctx, pages),
      ({ group, members }) => {
        const location = groupLocation(group);
        const manager = managers.get(group.selfLink ?? '');
        const autoscaler = manager?.status?.autoscaler ? autoscalers.get(manager.status.autoscaler) : undefined;
        const template = manager && templates.get(manager.instanceTemplate ?? '');
        const type = manager ? (manager.status?.stateful?.hasStatefulConfig ? 'STATEFUL' : 'STATELESS') : 'UNMANAGED';
        const name = group.name ?? '';
        return gcpCloudService({
          name,
          group: GROUP,
          type: TYPE,
          resourceId: group.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add(location.region),
          launchedAt: group.creationTimestamp ?? undefined,
          // the console's page of the group, by zone or region (upstream's link put the zone's API URL there)
          externalLink: `https://console.cloud.google.com/compute/instanceGroups/details/${location.zone || location.region}/${name}?project=${ctx.projectId}`,
          data: {
            id: group.id ?? null,
            name,
            project: ctx.projectId,
            ...(group.region ? { region: group.region } : {}),
            self_link: group.selfLink ?? null,
            google_cloud_monitoring: googleCloudMonitoring(
              ctx.projectId,
              'compute.googleapis.com/instance_group',
              name,
              [{ key: 'resource.labels.instance_group_name', value: name }],
            ),
            google_cloud_logging: googleCloudLogging(
              ctx.projectId,
              'gce_instance_group',
              'resource.labels.instance_group_id',
              group.id ?? '',
            ),
            kind: group.kind ?? null,
            instance_group_type: type,
            description: group.description ?? '',
            network: group.network ?? null,
            fingerprint: group.fingerprint ?? null,
            display_location: location,
            ...(group.zone ? { zone: group.zone } : {}),
            size: group.size ?? null,
            power_scheduler: powerScheduler(group, type, autoscaler),
            subnetwork: group.subnetwork ?? null,
            instance_counts: members.length,
            ...(template ? { template: templateData(template) } : {}),
            ...(manager ? { instance_group_manager: managerData(manager) } : {}),
            ...(autoscaler ? { autoscaler: autoscalerData(autoscaler) } : {}),
            instances: members.map(memberData),
            ...(group.namedPorts ? { named_ports: group.namedPorts.map((p) => ({ name: p.name, port: p.port })) } : {}),
            autoscaling_display: autoscaler ? autoscalingDisplay(autoscaler.autoscalingPolicy) : '',
            creation_timestamp: group.creationTimestamp ?? null,
          },
          metadata: instanceGroupDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: ({ group }) => group.id },
      unreachable,
    );
  },
});

/** Each page's groups with their members (listed side by side within the session's limit). */
async function* withMembers(
  ctx: CollectContext,
  pages: AsyncIterable<{ scope: string; item: compute_v1.Schema$InstanceGroup }[]>,
) {
  for await (const page of pages)
    yield await Promise.all(
      page.map(async ({ scope, item: group }) => ({
        scope,
        item: {
          group,
          members: await collectList(
            groupMemberPages(ctx, { name: group.name ?? '', zone: group.zone, region: group.region }),
          ),
        },
      })),
    );
}
