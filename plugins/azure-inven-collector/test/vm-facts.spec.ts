// The VM pages read ahead keep only `vmFacts` of each VM: a VM shaped from its facts must be the VM
// shaped from the SDK's whole document, for a full VM and a bare one.
import type { VirtualMachine } from '@azure/arm-compute';
import { vmFacts } from '../src/virtual-machines/vm-facts';
import { vmResource } from '../src/virtual-machines/vm-shape';
import type { VmRelated } from '../src/virtual-machines/vm-related';

const SUB = '00000000-0000-4000-8000-000000000001';
const RG = `/subscriptions/${SUB}/resourceGroups/rg-1/providers`;
const NIC = `${RG}/Microsoft.Network/networkInterfaces/vm-1-nic`;
const SUBNET = `${RG}/Microsoft.Network/virtualNetworks/vnet-1/subnets/default`;
const PIP = `${RG}/Microsoft.Network/publicIPAddresses/vm-1-ip`;
const subscription = { subscription_id: SUB, subscription_name: 'Sub 1', tenant_id: 'tenant' };

const full: VirtualMachine = {
  id: `${RG}/Microsoft.Compute/virtualMachines/vm-1`,
  name: 'vm-1',
  type: 'Microsoft.Compute/virtualMachines',
  location: 'eastus',
  tags: { env: 'prod' },
  zones: ['2'],
  vmId: 'b1c2',
  priority: 'Spot',
  provisioningState: 'Succeeded',
  hardwareProfile: { vmSize: 'Standard_D2s_v5' },
  additionalCapabilities: { ultraSSDEnabled: true },
  diagnosticsProfile: { bootDiagnostics: { enabled: false, storageUri: 'https://diag.blob/' } },
  osProfile: { computerName: 'vm-1', adminUsername: 'azureuser', linuxConfiguration: { provisionVMAgent: true } },
  storageProfile: {
    imageReference: {
      publisher: 'Canonical',
      offer: '0001-com-ubuntu-server-jammy',
      sku: '22_04-lts-gen2',
      version: 'latest',
      exactVersion: '2025.1.2',
    },
    osDisk: {
      osType: 'Linux',
      name: 'vm-1-osdisk',
      createOption: 'FromImage',
      caching: 'ReadWrite',
      writeAcceleratorEnabled: true,
      diskSizeGB: 30,
      managedDisk: { id: `${RG}/Microsoft.Compute/disks/vm-1-osdisk`, storageAccountType: 'Premium_LRS' },
    },
    dataDisks: [
      {
        lun: 3,
        name: 'vm-1-data0',
        createOption: 'Empty',
        caching: 'ReadOnly',
        diskSizeGB: 128,
        managedDisk: { id: `${RG}/Microsoft.Compute/disks/vm-1-data0`, storageAccountType: 'StandardSSD_LRS' },
      },
    ],
  },
  networkProfile: { networkInterfaces: [{ id: NIC, primary: true }] },
  instanceView: {
    computerName: 'vm-1',
    vmAgent: { vmAgentVersion: '2.9', statuses: [{ code: 'ProvisioningState/succeeded' }] },
    disks: [{ name: 'vm-1-osdisk', statuses: [{ code: 'ProvisioningState/succeeded' }] }],
    statuses: [
      {
        code: 'ProvisioningState/succeeded',
        displayStatus: 'Provisioning succeeded',
        time: new Date(Date.UTC(2025, 1, 3)),
      },
      { code: 'PowerState/running', displayStatus: 'VM running' },
    ],
  },
};

const related: VmRelated = {
  nics: new Map([
    [
      NIC.toLowerCase(),
      {
        name: 'vm-1-nic',
        macAddress: '00-0D-3A-00-00-01',
        enableIPForwarding: false,
        enableAcceleratedNetworking: true,
        ipConfigurations: [{ privateIPAddress: '10.0.0.4', subnetId: SUBNET, publicIpId: PIP }],
      },
    ],
  ]),
  publicIps: new Map([[PIP.toLowerCase(), '20.40.0.1']]),
  securityGroupOfNic: new Map(),
  loadBalancersOfNic: new Map(),
  subnets: new Map([
    [
      SUBNET.toLowerCase(),
      {
        vnet: {
          id: `${RG}/Microsoft.Network/virtualNetworks/vnet-1`,
          name: 'vnet-1',
          addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        },
        subnet: { id: SUBNET, name: 'default', addressPrefix: '10.0.0.0/20' },
      },
    ],
  ]),
  skus: new Map(),
};

describe('vmFacts', () => {
  it('a full VM shaped from its facts is the VM shaped from its whole document', () => {
    const facts = vmFacts(full);
    expect(vmResource(facts, subscription, related)).toEqual(vmResource(full, subscription, related));
    const shaped = JSON.parse(vmResource(facts, subscription, related).resource!.json_data as string);
    expect(shaped.compute).toMatchObject({
      instance_state: 'RUNNING',
      launched_at: '2025-02-03T00:00:00.000Z',
      az: 'eastus-2',
    });
    expect(shaped.disks.map((d: { tags: { disk_name: string } }) => d.tags.disk_name)).toEqual([
      'vm-1-osdisk',
      'vm-1-data0',
    ]);
    expect(shaped.azure).toMatchObject({
      ultra_ssd_enabled: true,
      write_accelerator_enabled: true,
      priority: 'Spot',
      boot_diagnostics: false,
    });
  });

  it('keeps none of what the shape does not read', () => {
    const facts = vmFacts(full) as Record<string, unknown>;
    for (const k of ['osProfile', 'type', 'provisioningState']) expect(facts).not.toHaveProperty(k);
    expect(Object.keys(facts.instanceView as object)).toEqual(['statuses']);
    expect(JSON.stringify(facts).length).toBeLessThan(JSON.stringify(full).length * 0.8);
  });

  it('a bare VM (no profiles, no instance view) shaped from its facts is the same too', () => {
    const bare: VirtualMachine = {
      id: `${RG}/Microsoft.Compute/virtualMachines/vm-2`,
      name: 'vm-2',
      location: 'eastus',
    };
    expect(vmResource(vmFacts(bare), subscription, related)).toEqual(vmResource(bare, subscription, related));
  });
});
