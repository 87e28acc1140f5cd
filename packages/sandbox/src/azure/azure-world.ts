import { seeded } from '../cloud/seeded';

type Doc = Record<string, unknown>;

/** Locations the sandbox knows, with the fields `subscriptions.listLocations` answers for them. */
export const AZURE_LOCATIONS: Record<
  string,
  {
    displayName: string;
    regionalDisplayName: string;
    physicalLocation: string;
    geography: string;
    lat: string;
    long: string;
  }
> = {
  koreacentral: {
    displayName: 'Korea Central',
    regionalDisplayName: '(Asia Pacific) Korea Central',
    physicalLocation: 'Seoul',
    geography: 'Asia Pacific',
    lat: '37.5665',
    long: '126.9780',
  },
  eastus: {
    displayName: 'East US',
    regionalDisplayName: '(US) East US',
    physicalLocation: 'Virginia',
    geography: 'US',
    lat: '37.3719',
    long: '-79.8164',
  },
  westeurope: {
    displayName: 'West Europe',
    regionalDisplayName: '(Europe) West Europe',
    physicalLocation: 'Netherlands',
    geography: 'Europe',
    lat: '52.3667',
    long: '4.9',
  },
  westus2: {
    displayName: 'West US 2',
    regionalDisplayName: '(US) West US 2',
    physicalLocation: 'Washington',
    geography: 'US',
    lat: '47.233',
    long: '-119.852',
  },
  northeurope: {
    displayName: 'North Europe',
    regionalDisplayName: '(Europe) North Europe',
    physicalLocation: 'Ireland',
    geography: 'Europe',
    lat: '53.3478',
    long: '-6.2597',
  },
  japaneast: {
    displayName: 'Japan East',
    regionalDisplayName: '(Asia Pacific) Japan East',
    physicalLocation: 'Tokyo, Saitama',
    geography: 'Asia Pacific',
    lat: '35.68',
    long: '139.77',
  },
  southeastasia: {
    displayName: 'Southeast Asia',
    regionalDisplayName: '(Asia Pacific) Southeast Asia',
    physicalLocation: 'Singapore',
    geography: 'Asia Pacific',
    lat: '1.283',
    long: '103.833',
  },
  australiaeast: {
    displayName: 'Australia East',
    regionalDisplayName: '(Asia Pacific) Australia East',
    physicalLocation: 'New South Wales',
    geography: 'Asia Pacific',
    lat: '-33.86',
    long: '151.2094',
  },
  uksouth: {
    displayName: 'UK South',
    regionalDisplayName: '(Europe) UK South',
    physicalLocation: 'London',
    geography: 'Europe',
    lat: '50.941',
    long: '-0.799',
  },
  canadacentral: {
    displayName: 'Canada Central',
    regionalDisplayName: '(Canada) Canada Central',
    physicalLocation: 'Toronto',
    geography: 'Canada',
    lat: '43.653',
    long: '-79.383',
  },
  brazilsouth: {
    displayName: 'Brazil South',
    regionalDisplayName: '(South America) Brazil South',
    physicalLocation: 'Sao Paulo State',
    geography: 'South America',
    lat: '-23.55',
    long: '-46.633',
  },
  centralindia: {
    displayName: 'Central India',
    regionalDisplayName: '(Asia Pacific) Central India',
    physicalLocation: 'Pune',
    geography: 'Asia Pacific',
    lat: '18.5822',
    long: '73.9197',
  },
};
export const DEFAULT_AZURE_LOCATIONS = ['koreacentral', 'eastus', 'westeurope'];

/** VM sizes the sandbox uses, with the vCPU and memory (GB) figures of `resourceSkus.list`. */
export const AZURE_VM_SIZES: Record<string, { vCPUs: number; memoryGB: number; family: string }> = {
  Standard_B2s: { vCPUs: 2, memoryGB: 4, family: 'standardBSFamily' },
  Standard_D2s_v5: { vCPUs: 2, memoryGB: 8, family: 'standardDSv5Family' },
  Standard_D4s_v5: { vCPUs: 4, memoryGB: 16, family: 'standardDSv5Family' },
  Standard_E2s_v5: { vCPUs: 2, memoryGB: 16, family: 'standardESv5Family' },
  Standard_F8s_v2: { vCPUs: 8, memoryGB: 16, family: 'standardFSv2Family' },
};
const SIZES = Object.keys(AZURE_VM_SIZES);
const IMAGES = [
  { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', os: 'Linux' },
  { publisher: 'Debian', offer: 'debian-12', sku: '12-gen2', os: 'Linux' },
  { publisher: 'RedHat', offer: 'RHEL', sku: '9-lvm-gen2', os: 'Linux' },
  { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', os: 'Windows' },
] as const;
const POWER = [
  ['PowerState/running', 'VM running', 0.8],
  ['PowerState/deallocated', 'VM deallocated', 0.15],
  ['PowerState/stopped', 'VM stopped', 0.05],
] as const;
const BASE_TIME = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

/** A deterministic GUID from the seed and a key (`xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx`). */
export function seededGuid(seed: number, ...key: (string | number)[]): string {
  const h = seeded(seed, 'guid', ...key).hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface AzureSubscriptionShape {
  locations: readonly string[];
  resourceGroups: number;
  vmsPerLocation: number;
  snapshotsPerLocation: number;
}

/**
 * One subscription's resources, each made from the seed, the subscription and its index alone
 * (nothing stored): VM N of a location is made without VMs 0..N-1, so a page of a list costs the
 * items asked for. Per location: `vmsPerLocation` VMs (each with a NIC and an OS disk; every
 * second VM a public IP, every third a data disk), one virtual network with a subnet (the NICs'
 * IP configurations in it), one NSG on every NIC there, one load balancer (its own public IP; the
 * first two VMs in its backend pool, an SSH NAT rule to the first) and an internal one (two private
 * frontends in the subnet, no backends), one scale set (its capacity's VM instances), one autoscale
 * setting (the scale set's in every second location, else an App Service plan's),
 * `snapshotsPerLocation` snapshots of OS disks. VMs spread over the resource groups.
 */
export class AzureSubscription {
  readonly displayName: string;
  readonly resourceGroupNames: string[];
  constructor(
    readonly seed: number,
    readonly subscriptionId: string,
    readonly tenantId: string,
    readonly index: number,
    readonly shape: AzureSubscriptionShape,
  ) {
    this.displayName = `Sandbox Subscription ${index + 1}`;
    this.resourceGroupNames = Array.from({ length: shape.resourceGroups }, (_, i) => `rg-sandbox-${index + 1}-${i}`);
  }

  get locations(): readonly string[] {
    return this.shape.locations;
  }

  private scope(rg: string, provider: string, type: string, name: string): string {
    return `/subscriptions/${this.subscriptionId}/resourceGroups/${rg}/providers/${provider}/${type}/${name}`;
  }

  /** The resource group of VM `i` in location `l` (and of its NIC, disks, public IP). */
  private vmGroup(l: number, i: number): string {
    return this.resourceGroupNames[(l * this.shape.vmsPerLocation + i) % this.resourceGroupNames.length];
  }
  /** The location's shared resources (network, NSG, load balancer, scale set) live in its first VM's group. */
  private locationGroup(l: number): string {
    return this.resourceGroupNames[(l * this.shape.vmsPerLocation) % this.resourceGroupNames.length];
  }
  private vmName(l: number, i: number): string {
    return `vm-${this.locations[l]}-${i}`;
  }

  subscription(): Doc {
    return {
      id: `/subscriptions/${this.subscriptionId}`,
      subscriptionId: this.subscriptionId,
      displayName: this.displayName,
      tenantId: this.tenantId,
      state: 'Enabled',
      subscriptionPolicies: {
        locationPlacementId: 'Public_2014-09-01',
        quotaId: 'PayAsYouGo_2014-09-01',
        spendingLimit: 'Off',
      },
      authorizationSource: 'RoleBased',
      managedByTenants: [],
      tags: {},
    };
  }

  locationList(): Doc[] {
    return this.locations.map((name) => {
      const info = AZURE_LOCATIONS[name];
      return {
        id: `/subscriptions/${this.subscriptionId}/locations/${name}`,
        name,
        type: 'Region',
        displayName: info?.displayName ?? name,
        regionalDisplayName: info?.regionalDisplayName ?? name,
        metadata: {
          regionType: 'Physical',
          regionCategory: 'Recommended',
          geography: info?.geography ?? '',
          geographyGroup: info?.geography ?? '',
          longitude: info?.long ?? '0',
          latitude: info?.lat ?? '0',
          physicalLocation: info?.physicalLocation ?? '',
          pairedRegion: [],
        },
      };
    });
  }

  // ---- counts (what a complete collection holds) ----
  get vmCount(): number {
    return this.locations.length * this.shape.vmsPerLocation;
  }
  get dataDiskCount(): number {
    return this.locations.length * Math.ceil(this.shape.vmsPerLocation / 3);
  }
  get publicIpCount(): number {
    return this.locations.length * (Math.ceil(this.shape.vmsPerLocation / 2) + 1);
  }

  /** Item `g` of a subscription-wide list of per-VM things, as [location index, VM index]. */
  private split(g: number): [number, number] {
    return [Math.floor(g / this.shape.vmsPerLocation), g % this.shape.vmsPerLocation];
  }

  // ---- Microsoft.Compute/virtualMachines ----
  vm(l: number, i: number, { instanceView = false }: { instanceView?: boolean } = {}): Doc {
    const r = seeded(this.seed, this.subscriptionId, 'vm', l, i);
    const location = this.locations[l];
    const name = this.vmName(l, i);
    const rg = this.vmGroup(l, i);
    const size = r.pick(SIZES);
    const image = r.pick(IMAGES);
    const created = new Date(BASE_TIME + r.int(0, 300) * DAY + r.int(0, DAY - 1)).toISOString();
    const zone = r.chance(0.5) ? String(r.int(1, 3)) : undefined;
    const draw = r.next();
    let acc = 0;
    const power = POWER.find(([, , share]) => (acc += share) > draw) ?? POWER[0];
    const dataDisks =
      i % 3 === 0
        ? [
            {
              lun: 0,
              name: `${name}-data0`,
              createOption: 'Empty',
              caching: 'ReadOnly',
              diskSizeGB: 128,
              managedDisk: {
                id: this.scope(rg, 'Microsoft.Compute', 'disks', `${name}-data0`),
                storageAccountType: 'Premium_LRS',
              },
              toBeDetached: false,
            },
          ]
        : [];
    const properties: Doc = {
      vmId: seededGuid(this.seed, this.subscriptionId, 'vmId', l, i),
      hardwareProfile: { vmSize: size },
      storageProfile: {
        imageReference: { ...omitOs(image), version: 'latest', exactVersion: `2025.${r.int(1, 12)}.${r.int(1, 28)}` },
        osDisk: {
          osType: image.os,
          name: `${name}-osdisk`,
          createOption: 'FromImage',
          caching: 'ReadWrite',
          managedDisk: {
            id: this.scope(rg, 'Microsoft.Compute', 'disks', `${name}-osdisk`),
            storageAccountType: 'Premium_LRS',
          },
          deleteOption: 'Delete',
          diskSizeGB: 30,
        },
        dataDisks,
      },
      osProfile: {
        computerName: name,
        adminUsername: 'azureuser',
        ...(image.os === 'Linux'
          ? { linuxConfiguration: { disablePasswordAuthentication: true, provisionVMAgent: true } }
          : { windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: true } }),
        secrets: [],
      },
      networkProfile: {
        networkInterfaces: [{ id: this.nicId(l, i), properties: { primary: true } }],
      },
      diagnosticsProfile: { bootDiagnostics: { enabled: true } },
      provisioningState: 'Succeeded',
      timeCreated: created,
    };
    if (instanceView)
      properties.instanceView = {
        statuses: [
          {
            code: 'ProvisioningState/succeeded',
            level: 'Info',
            displayStatus: 'Provisioning succeeded',
            time: created,
          },
          { code: power[0], level: 'Info', displayStatus: power[1] },
        ],
      };
    return {
      id: this.scope(rg, 'Microsoft.Compute', 'virtualMachines', name),
      name,
      type: 'Microsoft.Compute/virtualMachines',
      location,
      ...(zone ? { zones: [zone] } : {}),
      tags: { environment: r.pick(['production', 'staging', 'dev']), owner: `team-${r.int(1, 5)}` },
      properties,
    };
  }
  /** Page `[start, end)` of `virtualMachines.listAll` (every location, in order). */
  vms(start: number, end: number, options: { instanceView?: boolean } = {}): Doc[] {
    return range(start, end).map((g) => this.vm(...this.split(g), options));
  }

  // ---- Microsoft.Network/networkInterfaces ----
  nicId(l: number, i: number): string {
    return this.scope(this.vmGroup(l, i), 'Microsoft.Network', 'networkInterfaces', `${this.vmName(l, i)}-nic`);
  }
  privateIp(l: number, i: number): string {
    return `10.${l}.${Math.floor(i / 250)}.${(i % 250) + 4}`;
  }
  nic(l: number, i: number): Doc {
    const name = `${this.vmName(l, i)}-nic`;
    const ipConfig: Doc = {
      id: `${this.nicId(l, i)}/ipConfigurations/ipconfig1`,
      name: 'ipconfig1',
      properties: {
        privateIPAddress: this.privateIp(l, i),
        privateIPAllocationMethod: 'Dynamic',
        privateIPAddressVersion: 'IPv4',
        primary: true,
        subnet: { id: this.subnetId(l) },
        ...(i % 2 === 0 ? { publicIPAddress: { id: this.vmPublicIpId(l, i) } } : {}),
        ...(i < 2
          ? { loadBalancerBackendAddressPools: [{ id: `${this.loadBalancerId(l)}/backendAddressPools/backend` }] }
          : {}),
        ...(i === 0 ? { loadBalancerInboundNatRules: [{ id: this.natRuleId(l) }] } : {}),
        provisioningState: 'Succeeded',
      },
    };
    return {
      id: this.nicId(l, i),
      name,
      type: 'Microsoft.Network/networkInterfaces',
      location: this.locations[l],
      tags: {},
      properties: {
        ipConfigurations: [ipConfig],
        macAddress: `00-0D-3A-${hex2(l)}-${hex2(i >> 8)}-${hex2(i & 0xff)}`,
        primary: true,
        enableAcceleratedNetworking: i % 4 === 0,
        enableIPForwarding: false,
        networkSecurityGroup: { id: this.nsgId(l) },
        virtualMachine: {
          id: this.scope(this.vmGroup(l, i), 'Microsoft.Compute', 'virtualMachines', this.vmName(l, i)),
        },
        provisioningState: 'Succeeded',
      },
    };
  }
  nics(start: number, end: number): Doc[] {
    return range(start, end).map((g) => this.nic(...this.split(g)));
  }

  // ---- Microsoft.Network/publicIPAddresses ----
  vmPublicIpId(l: number, i: number): string {
    return this.scope(this.vmGroup(l, i), 'Microsoft.Network', 'publicIPAddresses', `${this.vmName(l, i)}-ip`);
  }
  publicIpAddress(l: number, i: number): string {
    return `20.${40 + l}.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  }
  /** Public IP `k` of location `l`: k < ceil(V/2) is VM 2k's, the last the load balancer's. */
  publicIp(l: number, k: number): Doc {
    const perLocation = Math.ceil(this.shape.vmsPerLocation / 2);
    const lb = k === perLocation;
    const id = lb ? this.lbPublicIpId(l) : this.vmPublicIpId(l, 2 * k);
    const config = lb
      ? `${this.loadBalancerId(l)}/frontendIPConfigurations/frontend`
      : `${this.nicId(l, 2 * k)}/ipConfigurations/ipconfig1`;
    return {
      id,
      name: id.split('/').pop(),
      type: 'Microsoft.Network/publicIPAddresses',
      location: this.locations[l],
      sku: { name: 'Standard', tier: 'Regional' },
      tags: {},
      properties: {
        ipAddress: lb ? `20.${40 + l}.255.1` : this.publicIpAddress(l, 2 * k),
        publicIPAddressVersion: 'IPv4',
        publicIPAllocationMethod: 'Static',
        idleTimeoutInMinutes: 4,
        ipConfiguration: { id: config },
        provisioningState: 'Succeeded',
      },
    };
  }
  publicIps(start: number, end: number): Doc[] {
    const per = Math.ceil(this.shape.vmsPerLocation / 2) + 1;
    return range(start, end).map((g) => this.publicIp(Math.floor(g / per), g % per));
  }

  // ---- per-location networking: virtual networks, NSGs, load balancers ----
  virtualNetworkId(l: number): string {
    return this.scope(this.locationGroup(l), 'Microsoft.Network', 'virtualNetworks', `vnet-${this.locations[l]}`);
  }
  subnetId(l: number): string {
    return `${this.virtualNetworkId(l)}/subnets/default`;
  }
  /**
   * The location's one subnet, as its virtual network embeds it and `subnets.get` answers it: its IP
   * configurations are the VMs' NICs', then the internal load balancer's two frontends.
   */
  subnet(l: number): Doc {
    return {
      id: this.subnetId(l),
      name: 'default',
      properties: {
        addressPrefix: `10.${l}.0.0/20`,
        networkSecurityGroup: { id: this.nsgId(l) },
        ipConfigurations: [
          ...range(0, this.shape.vmsPerLocation).map((i) => ({ id: `${this.nicId(l, i)}/ipConfigurations/ipconfig1` })),
          ...[0, 1].map((k) => ({ id: this.internalFrontendId(l, k) })),
        ],
        provisioningState: 'Succeeded',
      },
    };
  }
  virtualNetwork(l: number): Doc {
    return {
      id: this.virtualNetworkId(l),
      name: `vnet-${this.locations[l]}`,
      type: 'Microsoft.Network/virtualNetworks',
      location: this.locations[l],
      tags: {},
      properties: {
        addressSpace: { addressPrefixes: [`10.${l}.0.0/16`] },
        subnets: [this.subnet(l)],
        enableDdosProtection: false,
        provisioningState: 'Succeeded',
      },
    };
  }
  nsgId(l: number): string {
    return this.scope(this.locationGroup(l), 'Microsoft.Network', 'networkSecurityGroups', `nsg-${this.locations[l]}`);
  }
  networkSecurityGroup(l: number): Doc {
    const rule = (name: string, port: string, priority: number) => ({
      id: `${this.nsgId(l)}/securityRules/${name}`,
      name,
      properties: {
        protocol: 'Tcp',
        sourcePortRange: '*',
        destinationPortRange: port,
        sourceAddressPrefix: '*',
        destinationAddressPrefix: '*',
        access: 'Allow',
        priority,
        direction: 'Inbound',
        provisioningState: 'Succeeded',
      },
    });
    return {
      id: this.nsgId(l),
      name: `nsg-${this.locations[l]}`,
      type: 'Microsoft.Network/networkSecurityGroups',
      location: this.locations[l],
      tags: {},
      properties: {
        securityRules: [rule('allow-ssh', '22', 100), rule('allow-https', '443', 110)],
        defaultSecurityRules: [],
        networkInterfaces: range(0, this.shape.vmsPerLocation).map((i) => ({ id: this.nicId(l, i) })),
        subnets: [{ id: this.subnetId(l) }],
        provisioningState: 'Succeeded',
      },
    };
  }
  loadBalancerId(l: number): string {
    return this.scope(this.locationGroup(l), 'Microsoft.Network', 'loadBalancers', `lb-${this.locations[l]}`);
  }
  lbPublicIpId(l: number): string {
    return this.scope(this.locationGroup(l), 'Microsoft.Network', 'publicIPAddresses', `lb-${this.locations[l]}-ip`);
  }
  natRuleId(l: number): string {
    return `${this.loadBalancerId(l)}/inboundNatRules/ssh-0`;
  }
  /** The backends' NICs (`loadBalancerNetworkInterfaces.list`): the first two VMs'. */
  loadBalancerNics(l: number): Doc[] {
    return range(0, Math.min(2, this.shape.vmsPerLocation)).map((i) => this.nic(l, i));
  }
  loadBalancer(l: number): Doc {
    const id = this.loadBalancerId(l);
    const members = range(0, Math.min(2, this.shape.vmsPerLocation));
    const nat = members.length > 0;
    const frontend = { id: `${id}/frontendIPConfigurations/frontend` };
    return {
      id,
      name: `lb-${this.locations[l]}`,
      type: 'Microsoft.Network/loadBalancers',
      location: this.locations[l],
      sku: { name: 'Standard', tier: 'Regional' },
      tags: {},
      properties: {
        frontendIPConfigurations: [
          {
            id: `${id}/frontendIPConfigurations/frontend`,
            name: 'frontend',
            properties: {
              publicIPAddress: { id: this.lbPublicIpId(l) },
              loadBalancingRules: [{ id: `${id}/loadBalancingRules/https` }],
              ...(nat ? { inboundNatRules: [{ id: this.natRuleId(l) }] } : {}),
              provisioningState: 'Succeeded',
            },
          },
        ],
        backendAddressPools: [
          {
            id: `${id}/backendAddressPools/backend`,
            name: 'backend',
            properties: {
              backendIPConfigurations: members.map((i) => ({ id: `${this.nicId(l, i)}/ipConfigurations/ipconfig1` })),
            },
          },
        ],
        loadBalancingRules: [
          {
            id: `${id}/loadBalancingRules/https`,
            name: 'https',
            properties: {
              protocol: 'Tcp',
              frontendPort: 443,
              backendPort: 443,
              idleTimeoutInMinutes: 4,
              enableFloatingIP: false,
              enableTcpReset: false,
              loadDistribution: 'SourceIP',
              frontendIPConfiguration: frontend,
              backendAddressPool: { id: `${id}/backendAddressPools/backend` },
              probe: { id: `${id}/probes/https` },
            },
          },
        ],
        probes: [
          {
            id: `${id}/probes/https`,
            name: 'https',
            properties: { protocol: 'Tcp', port: 443, intervalInSeconds: 15, numberOfProbes: 2 },
          },
        ],
        inboundNatRules: nat
          ? [
              {
                id: this.natRuleId(l),
                name: 'ssh-0',
                properties: {
                  frontendIPConfiguration: frontend,
                  backendIPConfiguration: { id: `${this.nicId(l, 0)}/ipConfigurations/ipconfig1` },
                  protocol: 'Tcp',
                  frontendPort: 50022,
                  backendPort: 22,
                  idleTimeoutInMinutes: 4,
                  enableFloatingIP: false,
                  enableTcpReset: false,
                  provisioningState: 'Succeeded',
                },
              },
            ]
          : [],
        provisioningState: 'Succeeded',
      },
    };
  }
  internalLoadBalancerId(l: number): string {
    return this.scope(this.locationGroup(l), 'Microsoft.Network', 'loadBalancers', `lb-${this.locations[l]}-internal`);
  }
  internalFrontendId(l: number, k: number): string {
    return `${this.internalLoadBalancerId(l)}/frontendIPConfigurations/frontend-internal-${k}`;
  }
  /** Internal frontend `k`'s address (0 or 1): the top of the location's subnet, clear of the VMs' addresses. */
  internalFrontendIp(l: number, k = 0): string {
    return `10.${l}.15.${250 + k}`;
  }
  /** The location's internal load balancer: two private frontends in its subnet, no backends yet. */
  internalLoadBalancer(l: number): Doc {
    const id = this.internalLoadBalancerId(l);
    return {
      id,
      name: `lb-${this.locations[l]}-internal`,
      type: 'Microsoft.Network/loadBalancers',
      location: this.locations[l],
      sku: { name: 'Standard', tier: 'Regional' },
      tags: {},
      properties: {
        frontendIPConfigurations: [0, 1].map((k) => ({
          id: this.internalFrontendId(l, k),
          name: `frontend-internal-${k}`,
          properties: {
            privateIPAddress: this.internalFrontendIp(l, k),
            privateIPAllocationMethod: 'Static',
            privateIPAddressVersion: 'IPv4',
            subnet: { id: this.subnetId(l) },
            provisioningState: 'Succeeded',
          },
        })),
        backendAddressPools: [],
        loadBalancingRules: [],
        probes: [],
        inboundNatRules: [],
        provisioningState: 'Succeeded',
      },
    };
  }
  /** Load balancer `k` of `loadBalancers.listAll`: each location's public one, then its internal one. */
  loadBalancerAt(k: number): Doc {
    const l = Math.floor(k / 2);
    return k % 2 === 0 ? this.loadBalancer(l) : this.internalLoadBalancer(l);
  }
  /** `loadBalancerNetworkInterfaces.list` of a load balancer id; undefined for an unknown one. */
  loadBalancerNicsOf(id: string): Doc[] | undefined {
    const wanted = id.toLowerCase();
    for (let l = 0; l < this.locations.length; l++) {
      if (this.loadBalancerId(l).toLowerCase() === wanted) return this.loadBalancerNics(l);
      if (this.internalLoadBalancerId(l).toLowerCase() === wanted) return [];
    }
    return undefined;
  }
  perLocation(kind: 'virtualNetworks' | 'networkSecurityGroups', start: number, end: number): Doc[] {
    const make = { virtualNetworks: this.virtualNetwork, networkSecurityGroups: this.networkSecurityGroup }[kind];
    return range(start, end).map((l) => make.call(this, l));
  }

  // ---- Microsoft.Compute/disks and snapshots ----
  /** Disk `k` of location `l`: the VMs' OS disks, then the data disks of every third VM. */
  disk(l: number, k: number): Doc {
    const vms = this.shape.vmsPerLocation;
    const data = k >= vms;
    const i = data ? (k - vms) * 3 : k;
    const vm = this.vm(l, i);
    const vmProps = vm.properties as { storageProfile: { imageReference: Doc; osDisk: { osType: string } } };
    const rg = this.vmGroup(l, i);
    const name = data ? `${vm.name}-data0` : `${vm.name}-osdisk`;
    const r = seeded(this.seed, this.subscriptionId, 'disk', l, k);
    return {
      id: this.scope(rg, 'Microsoft.Compute', 'disks', name),
      name,
      type: 'Microsoft.Compute/disks',
      location: this.locations[l],
      ...(vm.zones ? { zones: vm.zones } : {}),
      managedBy: vm.id,
      sku: { name: 'Premium_LRS', tier: 'Premium' },
      tags: {},
      properties: {
        ...(data ? {} : { osType: vmProps.storageProfile.osDisk.osType }),
        hyperVGeneration: 'V2',
        creationData: data
          ? { createOption: 'Empty' }
          : {
              createOption: 'FromImage',
              imageReference: {
                id: `/Subscriptions/${this.subscriptionId}/Providers/Microsoft.Compute/Locations/${this.locations[l]}/Publishers/${vmProps.storageProfile.imageReference.publisher}`,
              },
            },
        diskSizeGB: data ? 128 : 30,
        diskIOPSReadWrite: data ? 500 : 120,
        diskMBpsReadWrite: data ? 100 : 25,
        // Data disks are shareable (ARM returns maxShares only when it was set).
        ...(data ? { maxShares: 2 } : {}),
        encryption: { type: 'EncryptionAtRestWithPlatformKey' },
        networkAccessPolicy: 'AllowAll',
        publicNetworkAccess: 'Enabled',
        timeCreated: new Date(BASE_TIME + r.int(0, 300) * DAY).toISOString(),
        provisioningState: 'Succeeded',
        diskState: 'Attached',
        diskSizeBytes: (data ? 128 : 30) * 1024 ** 3,
        uniqueId: seededGuid(this.seed, this.subscriptionId, 'diskId', l, k),
        tier: data ? 'P10' : 'P4',
      },
    };
  }
  disks(start: number, end: number): Doc[] {
    const per = this.shape.vmsPerLocation + Math.ceil(this.shape.vmsPerLocation / 3);
    return range(start, end).map((g) => this.disk(Math.floor(g / per), g % per));
  }
  snapshot(l: number, s: number): Doc {
    const source = this.disk(l, s % this.shape.vmsPerLocation);
    const rg = this.locationGroup(l);
    const name = `snap-${this.locations[l]}-${s}`;
    return {
      id: this.scope(rg, 'Microsoft.Compute', 'snapshots', name),
      name,
      type: 'Microsoft.Compute/snapshots',
      location: this.locations[l],
      sku: { name: 'Standard_LRS', tier: 'Standard' },
      tags: { purpose: 'backup' },
      properties: {
        osType: (source.properties as Doc).osType,
        hyperVGeneration: 'V2',
        creationData: {
          createOption: 'Copy',
          sourceResourceId: source.id,
          sourceUniqueId: (source.properties as Doc).uniqueId,
        },
        diskSizeGB: 30,
        encryption: { type: 'EncryptionAtRestWithPlatformKey' },
        incremental: s % 2 === 0,
        networkAccessPolicy: 'AllowAll',
        timeCreated: new Date(BASE_TIME + 310 * DAY + s * DAY).toISOString(),
        provisioningState: 'Succeeded',
        diskState: 'Unattached',
        diskSizeBytes: 30 * 1024 ** 3,
        uniqueId: seededGuid(this.seed, this.subscriptionId, 'snapshotId', l, s),
      },
    };
  }
  snapshots(start: number, end: number): Doc[] {
    const per = this.shape.snapshotsPerLocation;
    return range(start, end).map((g) => this.snapshot(Math.floor(g / per), g % per));
  }

  // ---- Microsoft.Compute/virtualMachineScaleSets (one per location) ----
  scaleSet(l: number): Doc {
    const rg = this.locationGroup(l);
    const name = `vmss-${this.locations[l]}`;
    const r = seeded(this.seed, this.subscriptionId, 'vmss', l);
    return {
      id: this.scope(rg, 'Microsoft.Compute', 'virtualMachineScaleSets', name),
      name,
      type: 'Microsoft.Compute/virtualMachineScaleSets',
      location: this.locations[l],
      sku: { name: 'Standard_D2s_v5', tier: 'Standard', capacity: r.int(0, 5) },
      tags: {},
      properties: {
        uniqueId: seededGuid(this.seed, this.subscriptionId, 'vmssId', l),
        orchestrationMode: 'Uniform',
        upgradePolicy: { mode: 'Manual' },
        overprovision: true,
        singlePlacementGroup: true,
        platformFaultDomainCount: 5,
        virtualMachineProfile: {
          osProfile: {
            computerNamePrefix: name,
            adminUsername: 'azureuser',
            linuxConfiguration: { disablePasswordAuthentication: true },
          },
          storageProfile: {
            imageReference: {
              publisher: 'Canonical',
              offer: '0001-com-ubuntu-server-jammy',
              sku: '22_04-lts-gen2',
              version: 'latest',
            },
            osDisk: {
              createOption: 'FromImage',
              caching: 'ReadWrite',
              managedDisk: { storageAccountType: 'Premium_LRS' },
              osType: 'Linux',
            },
            dataDisks: [
              {
                lun: 0,
                createOption: 'Empty',
                caching: 'None',
                diskSizeGB: 64,
                managedDisk: { storageAccountType: 'StandardSSD_LRS' },
              },
            ],
          },
          scheduledEventsProfile: { terminateNotificationProfile: { enable: true, notBeforeTimeout: 'PT5M' } },
          networkProfile: { networkInterfaceConfigurations: this.scaleSetNicConfigurations(l) },
        },
        provisioningState: 'Succeeded',
        timeCreated: new Date(BASE_TIME + r.int(0, 300) * DAY).toISOString(),
      },
    };
  }

  scaleSetNicConfigurations(l: number): Doc[] {
    return [
      {
        name: `vmss-${this.locations[l]}-nic`,
        properties: {
          primary: true,
          networkSecurityGroup: { id: this.nsgId(l) },
          ipConfigurations: [{ name: 'ipconfig1', properties: { primary: true, subnet: { id: this.subnetId(l) } } }],
        },
      },
    ];
  }
  /** The scale set's instances (`virtualMachineScaleSetVMs.list`): as many as its capacity. */
  scaleSetVms(l: number): Doc[] {
    const set = this.scaleSet(l);
    const capacity = (set.sku as { capacity: number }).capacity;
    return range(0, capacity).map((k) => ({
      id: `${set.id}/virtualMachines/${k}`,
      name: `${set.name}_${k}`,
      type: 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
      location: set.location,
      instanceId: String(k),
      sku: { name: 'Standard_D2s_v5', tier: 'Standard' },
      tags: {},
      properties: {
        latestModelApplied: true,
        vmId: seededGuid(this.seed, this.subscriptionId, 'vmssVm', l, k),
        osProfile: { computerName: `${set.name}${k.toString(36).padStart(6, '0')}`, adminUsername: 'azureuser' },
        networkProfile: {
          networkInterfaces: [{ id: `${set.id}/virtualMachines/${k}/networkInterfaces/${set.name}-nic` }],
        },
        networkProfileConfiguration: { networkInterfaceConfigurations: this.scaleSetNicConfigurations(l) },
        protectionPolicy: { protectFromScaleIn: false, protectFromScaleSetActions: false },
        provisioningState: 'Succeeded',
      },
    }));
  }

  // ---- Microsoft.Insights/autoscalesettings (one per location, in its group) ----
  /** True when location `l`'s scale set has an autoscale setting (every second location, from the first). */
  scaleSetAutoscaled(l: number): boolean {
    return l % 2 === 0;
  }
  /**
   * Location `l`'s autoscale setting: its scale set's (CPU rules, capacity from the seed) where
   * `scaleSetAutoscaled(l)`, else one of an App Service plan in the same group (what a listing by
   * group returns beside a scale set's).
   */
  autoscaleSetting(l: number): Doc {
    const location = this.locations[l];
    const rg = this.locationGroup(l);
    const r = seeded(this.seed, this.subscriptionId, 'autoscale', l);
    const forScaleSet = this.scaleSetAutoscaled(l);
    const name = forScaleSet ? `autoscale-vmss-${location}` : `autoscale-plan-${location}`;
    // ARM gives the target as it was written when the setting was made, often in lower case.
    const target = (
      forScaleSet ? (this.scaleSet(l).id as string) : this.scope(rg, 'Microsoft.Web', 'serverfarms', `plan-${location}`)
    ).toLowerCase();
    const minimum = r.int(1, 2);
    const maximum = r.int(3, 10);
    const capacity = { minimum: String(minimum), maximum: String(maximum), default: String(r.int(minimum, maximum)) };
    const metricTrigger = (operator: string, threshold: number) => ({
      metricName: forScaleSet ? 'Percentage CPU' : 'CpuPercentage',
      metricNamespace: forScaleSet ? 'microsoft.compute/virtualmachinescalesets' : 'microsoft.web/serverfarms',
      metricResourceUri: target,
      timeGrain: 'PT1M',
      statistic: 'Average',
      timeWindow: 'PT5M',
      timeAggregation: 'Average',
      operator,
      threshold,
      dimensions: [],
      dividePerInstance: false,
    });
    const scaleAction = (direction: string) => ({ direction, type: 'ChangeCount', value: '1', cooldown: 'PT5M' });
    return {
      id: `/subscriptions/${this.subscriptionId}/resourceGroups/${rg}/providers/microsoft.insights/autoscalesettings/${name}`,
      name,
      type: 'Microsoft.Insights/autoscaleSettings',
      location,
      tags: {},
      properties: {
        profiles: [
          {
            name: 'Auto created scale condition',
            capacity,
            rules: [
              { metricTrigger: metricTrigger('GreaterThan', r.int(60, 80)), scaleAction: scaleAction('Increase') },
              { metricTrigger: metricTrigger('LessThan', r.int(20, 30)), scaleAction: scaleAction('Decrease') },
            ],
          },
        ],
        enabled: true,
        name,
        targetResourceUri: target,
        targetResourceLocation: location,
        notifications: [
          {
            operation: 'Scale',
            email: {
              sendToSubscriptionAdministrator: false,
              sendToSubscriptionCoAdministrators: false,
              customEmails: [],
            },
            webhooks: [],
          },
        ],
      },
    };
  }
  /** `autoscaleSettings.listByResourceGroup`: the settings of the locations whose resources live in the group; undefined for an unknown group. */
  autoscaleSettingsOf(resourceGroup: string): Doc[] | undefined {
    const rg = resourceGroup.toLowerCase();
    if (!this.resourceGroupNames.some((name) => name.toLowerCase() === rg)) return undefined;
    return range(0, this.locations.length)
      .filter((l) => this.locationGroup(l).toLowerCase() === rg)
      .map((l) => this.autoscaleSetting(l));
  }

  /** `resourceSkus.list` entries for the VM sizes, in every location of the subscription. */
  skus(): Doc[] {
    return this.locations.flatMap((location) =>
      SIZES.map((name) => ({
        resourceType: 'virtualMachines',
        name,
        tier: 'Standard',
        size: name.replace(/^Standard_/, ''),
        family: AZURE_VM_SIZES[name].family,
        locations: [location],
        capabilities: [
          { name: 'vCPUs', value: String(AZURE_VM_SIZES[name].vCPUs) },
          { name: 'MemoryGB', value: String(AZURE_VM_SIZES[name].memoryGB) },
        ],
        restrictions: [],
      })),
    );
  }

  /** Counts of the subscription-wide lists. */
  total(kind: AzureListKind): number {
    const L = this.locations.length;
    const V = this.shape.vmsPerLocation;
    switch (kind) {
      case 'virtualMachines':
      case 'networkInterfaces':
        return L * V;
      case 'publicIPAddresses':
        return L * (Math.ceil(V / 2) + 1);
      case 'disks':
        return L * (V + Math.ceil(V / 3));
      case 'snapshots':
        return L * this.shape.snapshotsPerLocation;
      case 'loadBalancers':
        return 2 * L;
      case 'virtualNetworks':
      case 'networkSecurityGroups':
      case 'virtualMachineScaleSets':
        return L;
      case 'skus':
        return L * SIZES.length;
    }
  }

  /** Page `[start, end)` of a subscription-wide list. */
  page(kind: AzureListKind, start: number, end: number, options: { statusOnly?: boolean } = {}): Doc[] {
    switch (kind) {
      case 'virtualMachines':
        return this.vms(start, end, { instanceView: options.statusOnly });
      case 'networkInterfaces':
        return this.nics(start, end);
      case 'publicIPAddresses':
        return this.publicIps(start, end);
      case 'disks':
        return this.disks(start, end);
      case 'snapshots':
        return this.snapshots(start, end);
      case 'virtualMachineScaleSets':
        return range(start, end).map((l) => this.scaleSet(l));
      case 'loadBalancers':
        return range(start, end).map((k) => this.loadBalancerAt(k));
      case 'skus':
        return this.skus().slice(start, end);
      default:
        return this.perLocation(kind, start, end);
    }
  }
}

export type AzureListKind =
  | 'virtualMachines'
  | 'networkInterfaces'
  | 'publicIPAddresses'
  | 'disks'
  | 'snapshots'
  | 'virtualNetworks'
  | 'networkSecurityGroups'
  | 'loadBalancers'
  | 'virtualMachineScaleSets'
  | 'skus';

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}
function hex2(n: number): string {
  return (n & 0xff).toString(16).toUpperCase().padStart(2, '0');
}
function omitOs<T extends { os: string }>(image: T): Omit<T, 'os'> {
  const { os: _, ...rest } = image;
  return rest;
}
