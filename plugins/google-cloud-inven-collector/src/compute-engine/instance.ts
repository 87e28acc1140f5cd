import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, askedEarly } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { GROUP, instanceRegion, instanceResource, TYPE } from './instance-shape';
import { instanceRelated } from './instance-related';

/**
 * VM instances: the project's machine types, disks, networks, subnets and firewalls once (their
 * listing and the first page of instances start together), then the instances of every zone from
 * `instances.aggregatedList`, a page (500) at a time while the next is asked for; a zone the API
 * reports unreachable becomes an ErrorResource naming it.
 */
export const instanceDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Compute Engine',
  labels: ['Compute', 'Server'],
  icon: 'Compute_Engine.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Instance State', key: 'data.compute.instance_state', type: 'enum' },
    { name: 'Instance ID', key: 'data.compute.instance_id' },
    { name: 'Instance Type', key: 'instance_type' },
    { name: 'Core', key: 'data.hardware.core' },
    { name: 'Memory', key: 'data.hardware.memory' },
    { name: 'Zone', key: 'data.compute.az' },
    { name: 'Primary IP', key: 'data.primary_ip_address' },
    { name: 'Public IP', key: 'data.compute.public_ip_address' },
    { name: 'OS Type', key: 'data.os.os_type' },
    { name: 'Image', key: 'data.compute.image' },
    { name: 'VPC', key: 'data.vpc.vpc_name' },
    { name: 'Subnet', key: 'data.subnet.subnet_name' },
    { name: 'Total Disk Size (GB)', key: 'data.stats.disk_size' },
    { name: 'Project', key: 'account' },
    { name: 'Launched', key: 'launched_at', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Total vCPU Count', type: 'card', operator: 'sum', key: 'data.hardware.core' },
    { name: 'Total Memory Size', type: 'card', operator: 'sum', key: 'data.hardware.memory' },
    { name: 'Total Disk Size', type: 'card', operator: 'sum', key: 'data.stats.disk_size' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
    { name: 'Count by Instance Type', type: 'chart', operator: 'count', groupBy: 'instance_type' },
  ],
  async *collect(ctx) {
    const related = instanceRelated(ctx);
    related.catch(() => undefined); // awaited below; the first page may fail first
    const unreachable: { scope: string; message: string }[] = [];
    const pages = askedEarly(
      aggregatedPages<compute_v1.Schema$Instance>(
        ctx.session,
        'instances',
        (pageToken, o) =>
          ctx.session.compute.instances.aggregatedList(
            { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
            o,
          ),
        (scope, message) => unreachable.push({ scope, message }),
      ),
    );
    const shared = await related;
    yield* shapePages(
      pages,
      (instance) =>
        instanceResource(
          instance,
          { projectId: ctx.projectId, regionCode: ctx.regions.add(instanceRegion(instance)) },
          shared,
          instanceDefinition.metadata,
        ),
      { group: GROUP, type: TYPE, idOf: (i) => i.id },
      unreachable,
    );
  },
});
