import type { compute_v1 } from '@googleapis/compute';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { listGroupManagers } from './group-lists';
import { COUNT_WIDGETS, LIST_BADGE } from '../collect/view-options';
import { DEVICE_MODE_BADGES, DISK_TYPE_BADGES, TRUE_FALSE_BADGES } from './compute-badges';
import { AVAILABLE_POLICIES_TAB, DISK_RATE_FIELDS, LABELS_TAB } from './detail-tabs';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, labelsOf, lastSegment } from '../gcp-resource';
import { instanceTemplateData } from './instance-template-data';

const GROUP = 'ComputeEngine';
const TYPE = 'InstanceTemplate';

/**
 * Instance templates of the project (`instanceTemplates.list`), with the managed groups made from
 * them (`instanceGroupManagers.aggregatedList`), in upstream's data layout (`instanceTemplateData`).
 */
export const instanceTemplateDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute'],
  icon: 'Compute_Engine.svg',
  fields: [
    { name: 'Name', key: 'data.name' },
    { name: 'Machine Type', key: 'data.machine_type' },
    { name: 'Image', key: 'data.image' },
    { name: 'Disk Type', key: 'data.disk_display' },
    { name: 'In Used By', key: 'data.in_used_by', type: 'list', options: LIST_BADGE },
    { name: 'Self Link', key: 'data.self_link', options: { is_optional: true } },
    { name: 'Network Tags', key: 'data.network_tags', type: 'list', options: { is_optional: true } },
    { name: 'Fingerprint', key: 'data.fingerprint', options: { is_optional: true } },
    { name: 'Machine Type', key: 'data.machine_type', options: { is_optional: true }, noSearch: true },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  details: [
    {
      name: 'Instance Template',
      type: 'list',
      layouts: [
        {
          name: 'Instance',
          type: 'item',
          fields: [
            { name: 'ID', key: 'data.id' },
            { name: 'Name', key: 'data.name' },
            { name: 'Description', key: 'data.description' },
            { name: 'Machine Type', key: 'data.machine_type' },
            { name: 'In Used By', key: 'data.in_used_by', type: 'list', options: LIST_BADGE },
            { name: 'IP Forward', key: 'data.ip_forward', type: 'enum', options: TRUE_FALSE_BADGES },
            { name: 'Self Link', key: 'data.self_link' },
            { name: 'Network Tags', key: 'data.network_tags', type: 'list', options: LIST_BADGE },
            { name: 'Fingerprint', key: 'data.fingerprint' },
            { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
          ],
        },
        AVAILABLE_POLICIES_TAB,
        {
          name: 'Service Account',
          type: 'item',
          rootPath: 'data.service_account',
          fields: [
            { name: 'E-mail', key: 'email' },
            { name: 'Scopes', key: 'scopes', type: 'list', options: LIST_BADGE },
          ],
        },
      ],
    },
    {
      name: 'Network Interface',
      type: 'table',
      rootPath: 'data.network_interfaces',
      fields: [
        { name: 'Name', key: 'name' },
        { name: 'Network', key: 'network_display' },
        { name: 'Access Configs', key: 'configs', type: 'list' },
        { name: 'Network Tier', key: 'network_tier', type: 'list' },
        // upstream's column: named Kind, showing the network's URL
        { name: 'Kind', key: 'network' },
      ],
    },
    {
      name: 'Disks',
      type: 'table',
      rootPath: 'data.disks',
      fields: [
        { name: 'Index', key: 'device_index' },
        { name: 'Device Name', key: 'device' },
        { name: 'Source Image', key: 'tags.source_image_display' },
        { name: 'Size', key: 'size', type: 'size' },
        { name: 'Disk Type', key: 'tags.disk_type', type: 'enum', options: DISK_TYPE_BADGES },
        { name: 'Mode', key: 'device_mode', type: 'enum', options: DEVICE_MODE_BADGES },
        { name: 'Auto Delete', key: 'tags.auto_delete', type: 'enum', options: TRUE_FALSE_BADGES },
        ...DISK_RATE_FIELDS,
      ],
    },
    LABELS_TAB,
  ],
  async *collect(ctx) {
    const managers = await listGroupManagers(ctx);
    const pages = listPages<compute_v1.Schema$InstanceTemplate>(ctx.session, (pageToken, o) =>
      ctx.session.compute.instanceTemplates.list({ project: ctx.projectId, pageToken, maxResults: 500 }, o),
    );
    yield* shapePages(
      globalScope(pages),
      (template) =>
        gcpCloudService({
          name: template.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: template.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add('global'),
          instanceType: lastSegment(template.properties?.machineType),
          tags: labelsOf(template.properties?.labels),
          launchedAt: template.creationTimestamp ?? undefined,
          externalLink: `https://console.cloud.google.com/compute/instanceTemplates/details/${template.name}?project=${ctx.projectId}`,
          data: instanceTemplateData(
            template,
            ctx.projectId,
            managers,
            googleCloudLogging(
              ctx.projectId,
              'gce_instance_template',
              'resource.labels.instance_template_id',
              template.id ?? '',
            ),
          ),
          metadata: instanceTemplateDefinition.metadata,
        }),
      { group: GROUP, type: TYPE, idOf: (t) => t.id },
    );
  },
});
