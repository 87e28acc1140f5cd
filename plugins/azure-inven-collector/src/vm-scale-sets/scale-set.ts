import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { mergeBounded } from '@cloudforet/plugin-core';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { azureError } from '../azure-resource';
import type { CollectContext } from '../collect/collect-context';

const GROUP = 'VMScaleSets';
const TYPE = 'ScaleSet';

/**
 * Scale sets per location (`virtualMachineScaleSets.listByLocation`, the locations side by side):
 * a location whose list fails becomes one ErrorResource naming it; the others complete.
 */
export const scaleSetDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Compute/virtualMachineScaleSets',
  labels: ['Compute'],
  icon: 'azure-vm-scale-set.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Instance Count', key: 'data.instance_count' },
    { name: 'Instance Type', key: 'instance_type' },
    { name: 'Orchestration Mode', key: 'data.orchestration_mode', type: 'enum' },
    { name: 'Upgrade Policy', key: 'data.upgrade_policy.mode' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Total Instances', type: 'card', operator: 'sum', key: 'data.instance_count' },
  ],
  collect: (ctx) =>
    mergeBounded(
      ctx.locations.map((location) => () => inLocation(ctx, location)),
      { concurrency: Math.max(1, ctx.locations.length), signal: ctx.session.signal },
    ),
});

async function* inLocation(ctx: CollectContext, location: string): AsyncGenerator<ResourceInfo> {
  try {
    yield* shapePages(
      ctx.session.pages((o) => ctx.session.compute.virtualMachineScaleSets.listByLocation(location, o)),
      (set: VirtualMachineScaleSet) =>
        armCloudService(ctx, set, {
          group: GROUP,
          type: TYPE,
          instanceType: set.sku?.name ?? '',
          instanceSize: set.sku?.capacity ?? 0,
          extra: { instance_count: set.sku?.capacity ?? 0 },
        }),
      { group: GROUP, type: TYPE },
    );
  } catch (error) {
    if (ctx.session.signal.aborted) throw error;
    ctx.log.warn({ cloud_service_type: `${GROUP}/${TYPE}`, location }, 'a location failed');
    yield azureError({ group: GROUP, type: TYPE, location }, 'not listed', error);
  }
}
