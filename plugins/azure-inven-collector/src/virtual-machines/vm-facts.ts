import type { DataDisk, OSDisk, VirtualMachine } from '@azure/arm-compute';

/** What the VM shape reads of a disk of the VM's storage profile. */
export interface DiskFacts {
  name?: string;
  caching?: string;
  diskSizeGB?: number;
  managedDisk?: { storageAccountType?: string; id?: string; diskEncryptionSetId?: string };
}

/**
 * What the VM shape reads of a VM: the VM pages read ahead while the related lists load keep only
 * this, not the SDK's whole document (its OS profile, the instance view's disks and agent, …).
 */
export interface VmFacts {
  id?: string;
  name?: string;
  location?: string;
  tags?: Record<string, string>;
  zones?: string[];
  vmId?: string;
  priority?: string;
  hardwareProfile?: { vmSize?: string };
  instanceView?: { statuses?: { code?: string; displayStatus?: string; time?: Date }[] };
  storageProfile?: {
    imageReference?: { publisher?: string; offer?: string; sku?: string; exactVersion?: string };
    osDisk?: DiskFacts & { osType?: string; writeAcceleratorEnabled?: boolean };
    dataDisks?: DiskFacts[];
  };
  networkProfile?: { networkInterfaces?: { id?: string }[] };
  additionalCapabilities?: { ultraSSDEnabled?: boolean };
  diagnosticsProfile?: { bootDiagnostics?: { enabled?: boolean } };
}

export function vmFacts(vm: VirtualMachine): VmFacts {
  const storage = vm.storageProfile;
  const image = storage?.imageReference;
  const os = storage?.osDisk;
  const boot = vm.diagnosticsProfile?.bootDiagnostics;
  return {
    id: vm.id,
    name: vm.name,
    location: vm.location,
    tags: vm.tags,
    zones: vm.zones,
    vmId: vm.vmId,
    priority: vm.priority,
    hardwareProfile: { vmSize: vm.hardwareProfile?.vmSize },
    instanceView: {
      statuses: vm.instanceView?.statuses?.map(({ code, displayStatus, time }) => ({ code, displayStatus, time })),
    },
    storageProfile: storage && {
      imageReference: image && {
        publisher: image.publisher,
        offer: image.offer,
        sku: image.sku,
        exactVersion: image.exactVersion,
      },
      osDisk: os && { ...diskFacts(os), osType: os.osType, writeAcceleratorEnabled: os.writeAcceleratorEnabled },
      dataDisks: storage.dataDisks?.map(diskFacts),
    },
    networkProfile: { networkInterfaces: vm.networkProfile?.networkInterfaces?.map(({ id }) => ({ id })) },
    additionalCapabilities: { ultraSSDEnabled: vm.additionalCapabilities?.ultraSSDEnabled },
    diagnosticsProfile: boot && { bootDiagnostics: { enabled: boot.enabled } },
  };
}

function diskFacts(disk: OSDisk | DataDisk): DiskFacts {
  const managed = disk.managedDisk;
  return {
    name: disk.name,
    caching: disk.caching,
    diskSizeGB: disk.diskSizeGB,
    managedDisk: managed && {
      storageAccountType: managed.storageAccountType,
      id: managed.id,
      diskEncryptionSetId: managed.diskEncryptionSet?.id,
    },
  };
}
