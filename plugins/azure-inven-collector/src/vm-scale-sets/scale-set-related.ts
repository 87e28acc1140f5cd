import type { VirtualMachineScaleSet, VirtualMachineScaleSetVM } from '@azure/arm-compute';
import type { AutoscaleSettingResource } from '@azure/arm-monitor';
import type { CollectContext } from '../collect/collect-context';
import { readOnce } from '../collect/read-once';
import { resourceGroupOf } from '../azure-resource';

/** What a scale set is shaped with beyond its own document. */
export interface ScaleSetRelated {
  /** Its VM instances (`virtualMachineScaleSetVMs.list`). */
  vms: VirtualMachineScaleSetVM[];
  /** The autoscale settings of its group whose target is this scale set. */
  autoscaleSettings: AutoscaleSettingResource[];
}

/**
 * The per-scale-set reads of one collect: its VM instances, and its resource group's autoscale
 * settings (`autoscaleSettings.listByResourceGroup`) matched on `targetResourceUri` case-insensitively,
 * as upstream matches them. Upstream lists the group twice per scale set; this lists each group
 * once per collect, every scale set of the group sharing the answer (or the failure).
 */
export function scaleSetReads(ctx: CollectContext): (set: VirtualMachineScaleSet) => Promise<ScaleSetRelated> {
  const s = ctx.session;
  const settingsOf = readOnce((group) => s.all((o) => s.monitor.autoscaleSettings.listByResourceGroup(group, o)));
  return async (set) => {
    const group = resourceGroupOf(set.id);
    const [vms, settings] = await Promise.all([
      s.all((o) => s.compute.virtualMachineScaleSetVMs.list(group, set.name ?? '', o)),
      settingsOf(group),
    ]);
    const id = (set.id ?? '').toLowerCase();
    return { vms, autoscaleSettings: settings.filter((a) => (a.targetResourceUri ?? '').toLowerCase() === id) };
  };
}
