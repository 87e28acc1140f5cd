import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { mergeBounded, pyStr } from '@cloudforet/plugin-core';
import { defineType, OPTIONAL, PLACE_SEARCH } from '../collect/define-type';
import { armCloudService, relatedOf, withRelated } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { azureError, armIdSegment, managedDiskTypeName, upstreamShape } from '../azure-resource';
import type { CollectContext } from '../collect/collect-context';
import { autoscaleDisplay } from './scale-set-autoscale';
import { scaleSetReads, type ScaleSetRelated } from './scale-set-related';
import { SCALE_SET_TABS } from './scale-set-tabs';

const GROUP = 'VMScaleSets';
const TYPE = 'ScaleSet';

type Doc = Record<string, unknown>;

/**
 * Scale sets per location (`virtualMachineScaleSets.listByLocation`, the locations side by side),
 * each with its VM instances (`virtualMachineScaleSetVMs.list`) and autoscale settings (its group's,
 * `autoscaleSettings.listByResourceGroup`), in upstream's layout: a location whose list fails becomes
 * one ErrorResource naming it; the others complete.
 */
export const scaleSetDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Compute/virtualMachineScaleSets',
  labels: ['Compute'],
  icon: 'azure-vm-scale-set.svg',
  isPrimary: true,
  isMajor: true,
  // Upstream's table and search (metadata/vm_scale_sets/scale_set.yaml).
  fields: [
    { name: 'Instance Count', key: 'data.instance_count' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'data.location' },
    { name: 'Default', key: 'data.virtual_machine_scale_set_power_state.profiles.capacity.default' },
    { name: 'Max', key: 'data.virtual_machine_scale_set_power_state.profiles.capacity.maximum' },
    { name: 'Min', key: 'data.virtual_machine_scale_set_power_state.profiles.capacity.minimum' },
    { name: 'Azure Spot Eviction Policy', key: 'data.virtual_machine_profile.eviction_policy' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Subscription ID', key: 'account', options: OPTIONAL },
    {
      name: 'Virtual network/subnet',
      key: 'data.virtual_machine_profile.network_profile.primary_vnet',
      options: OPTIONAL,
    },
    { name: 'Host group', key: 'data.host_group.id', options: OPTIONAL },
    {
      name: 'Ephemeral OS Disk',
      key: 'data.virtual_machine_profile.storage_profile.os_disk.diff_disk_settings.option.local',
      options: OPTIONAL,
    },
    {
      name: 'Azure Spot Eviction Policy',
      key: 'data.virtual_machine_profile.eviction_policy',
      options: OPTIONAL,
    },
    { name: 'Azure Spot Max Price', key: 'data.virtual_machine_profile.billing_profile.max_price', options: OPTIONAL },
    {
      name: 'Termination Notification',
      key: 'data.virtual_machine_profile.terminate_notification_display',
      options: OPTIONAL,
    },
    { name: 'OverProvisioning', key: 'data.overprovision', options: OPTIONAL },
    { name: 'Proximity Placement Group', key: 'data.proximity_placement_group_display', options: OPTIONAL },
    { name: 'Automatic Repairs', key: 'data.automatic_repairs_policy.enabled', options: OPTIONAL },
    { name: 'Upgrade Policy', key: 'data.upgrade_policy.mode', options: OPTIONAL },
    { name: 'Fault Domains (count)', key: 'data.platform_fault_domain_count', options: OPTIONAL },
  ],
  search: [
    ...PLACE_SEARCH,
    { name: 'Default', key: 'data.virtual_machine_scale_set_power_state.profiles.capacity.default' },
    { name: 'Max', key: 'data.virtual_machine_scale_set_power_state.profiles.capacity.maximum' },
    { name: 'Min', key: 'data.virtual_machine_scale_set_power_state.profiles.capacity.minimum' },
    { name: 'Azure Spot Eviction Policy', key: 'data.virtual_machine_profile.eviction_policy' },
    { name: 'Azure Spot Max Price', key: 'data.virtual_machine_profile.billing_profile.max_price' },
    { name: 'Termination Notification', key: 'data.virtual_machine_profile.terminate_notification_display' },
    { name: 'OverProvisioning', key: 'data.overprovision' },
    { name: 'Proximity Placement Group', key: 'data.proximity_placement_group_display' },
    { name: 'Automatic Repairs', key: 'data.automatic_repairs_policy.enabled' },
    { name: 'Upgrade Policy', key: 'data.upgrade_policy.mode' },
    { name: 'Fault Domains (count)', key: 'data.platform_fault_domain_count', dataType: 'integer' },
  ],
  details: SCALE_SET_TABS,
  collect: (ctx) => {
    // One set of reads for every location: a resource group's settings are listed once per collect.
    const reads = scaleSetReads(ctx);
    return mergeBounded(
      ctx.locations.map((location) => () => inLocation(ctx, location, reads)),
      { concurrency: Math.max(1, ctx.locations.length), signal: ctx.session.signal },
    );
  },
});

async function* inLocation(
  ctx: CollectContext,
  location: string,
  reads: ReturnType<typeof scaleSetReads>,
): AsyncGenerator<ResourceInfo> {
  try {
    yield* shapePages(
      withRelated(
        ctx.session.pages((o) => ctx.session.compute.virtualMachineScaleSets.listByLocation(location, o)),
        reads,
        ctx.session.signal,
      ),
      (entry) =>
        armCloudService(ctx, entry.item, {
          group: GROUP,
          type: TYPE,
          instanceType: entry.item.sku?.name ?? '',
          extra: scaleSetDisplay(entry.item, relatedOf(entry)),
        }),
      { group: GROUP, type: TYPE },
    );
  } catch (error) {
    if (ctx.session.signal.aborted) throw error;
    ctx.log.warn({ cloud_service_type: `${GROUP}/${TYPE}`, location }, 'a location failed');
    yield azureError({ group: GROUP, type: TYPE, location }, 'not listed', error);
  }
}

/**
 * Upstream's additions to a scale set: its proximity placement group's name, the termination
 * notification as On/Off, the VM profile's image, disk types, operating system and primary
 * virtual network in words, its VM instances (counted in `instance_count` when there are any) and
 * its autoscale settings.
 */
export function scaleSetDisplay(set: VirtualMachineScaleSet, { vms, autoscaleSettings }: ScaleSetRelated): Doc {
  const extra: Doc = {};
  if (set.proximityPlacementGroup)
    extra.proximity_placement_group_display = armIdSegment(set.proximityPlacementGroup.id, 8);
  if (set.virtualMachineProfile) {
    const profile = upstreamShape(set.virtualMachineProfile) as Doc;
    const events = profile.scheduled_events_profile as Doc | undefined;
    if (events)
      extra.terminate_notification_display = (events.terminate_notification_profile as Doc | undefined)?.enable
        ? 'On'
        : 'Off';
    const storage = profile.storage_profile as Doc | undefined;
    if (storage) {
      const image = storage.image_reference as Doc | undefined;
      if (image)
        storage.image_reference_display = ['publisher', 'offer', 'sku', 'version']
          .map((k) => pyStr(image[k] as string | undefined))
          .join(' / ');
      for (const disk of (storage.data_disks as Doc[] | undefined) ?? []) {
        const managed = disk.managed_disk as Doc | undefined;
        if (managed) managed.storage_type = managedDiskTypeName(managed.storage_account_type as string);
      }
    }
    const os = profile.os_profile as Doc | undefined;
    if (os) os.operating_system = os.linux_configuration ? 'Linux' : 'Windows';
    const network = profile.network_profile as Doc | undefined;
    if (network) {
      const vnet = primaryVnet(network.network_interface_configurations);
      if (vnet) network.primary_vnet = vnet;
    }
    extra.virtual_machine_profile = profile;
  }
  if (vms.length) extra.instance_count = vms.length;
  extra.vm_instances = vms.map((vm) => {
    const doc = upstreamShape(vm) as Doc;
    const vnet = primaryVnet((doc.network_profile_configuration as Doc | undefined)?.network_interface_configurations);
    if (vnet) doc.primary_vnet = vnet;
    return doc;
  });
  return { ...extra, ...autoscaleDisplay(autoscaleSettings) };
}

/** The virtual network of the primary IP configuration of the primary network interface. */
function primaryVnet(configurations: unknown): string | undefined {
  let vnet: string | undefined;
  for (const nic of (configurations as Doc[] | undefined) ?? [])
    if (nic.primary === true)
      for (const ip of (nic.ip_configurations as Doc[] | undefined) ?? [])
        if (ip.primary === true) vnet = armIdSegment((ip.subnet as Doc | undefined)?.id as string | undefined, 8);
  return vnet;
}
