import type { ResourceSku } from '@azure/arm-compute';
import type {
  LoadBalancer,
  NetworkInterface,
  NetworkSecurityGroup,
  PublicIPAddress,
  SecurityRule,
} from '@azure/arm-network';
import type { CollectContext } from '../collect/collect-context';

/** A VM SKU's figures as upstream keeps them (`resourceSkus.list`; vCPUs and memory as numbers, its `float()`). */
export interface SkuInfo {
  resource_type: string;
  name: string;
  tier: string;
  size: string;
  family: string;
  core?: number;
  memory?: number;
}

/** What a VM's shape reads of its network interface (kept small: a subscription has one per VM). */
export interface NicFacts {
  name: string;
  etag?: string;
  macAddress: string;
  enableIPForwarding: boolean;
  enableAcceleratedNetworking: boolean;
  ipConfigurations: { privateIPAddress: string; subnetId: string; publicIpId: string }[];
}

/** What a VM's shape reads of an NSG (not its NIC and subnet lists, one entry per NIC). */
export interface NsgFacts {
  id?: string;
  name?: string;
  securityRules?: SecurityRule[];
  defaultSecurityRules?: SecurityRule[];
}

/** What a VM's shape reads of a load balancer (not its pools' member lists). */
export interface LbFacts {
  id?: string;
  name?: string;
  frontendIPConfigurations?: { publicIPAddress?: { id?: string }; privateIPAddress?: string }[];
  loadBalancingRules?: { frontendPort?: number; protocol?: string }[];
}

/** What a VM's shape reads of its primary subnet and its network (not the subnet's IP configurations, one per NIC). */
export interface SubnetFacts {
  vnet: { id?: string; name?: string; addressSpace?: { addressPrefixes?: string[] } };
  subnet: { id?: string; name?: string; addressPrefix?: string };
}

/** What VMs are shaped with, listed once per collect (ARM ids compared case-insensitively). */
export interface VmRelated {
  nics: Map<string, NicFacts>;
  /** Public IP id → its address. */
  publicIps: Map<string, string>;
  /** NSG by the NIC id it is attached to. */
  securityGroupOfNic: Map<string, NsgFacts>;
  /** Load balancers by the NIC id in one of their backend pools. */
  loadBalancersOfNic: Map<string, LbFacts[]>;
  /** Subnet id → its virtual network and subnet. */
  subnets: Map<string, SubnetFacts>;
  /** `<location>/<size>` → the SKU's figures. */
  skus: Map<string, SkuInfo>;
}

export const key = (id: string | undefined) => (id ?? '').toLowerCase();
/** The NIC id of an ip configuration id (`…/networkInterfaces/<n>/ipConfigurations/<c>`). */
const nicOfConfig = (id: string | undefined) => key(id).replace(/\/ipconfigurations\/[^/]+$/, '');

/** The subscription's network interfaces, public IPs, NSGs, load balancers, virtual networks and VM SKUs, side by side. */
export async function vmRelated(ctx: CollectContext): Promise<VmRelated> {
  const s = ctx.session;
  const nics = new Map<string, NicFacts>();
  const publicIps = new Map<string, string>();
  // A subnet's id is parsed anew in every NIC's page; one copy of each is kept.
  const subnetIds = new Map<string, string>();
  const [, , securityGroups, loadBalancers, vnets, skus] = await Promise.all([
    each(
      s.pages((o) => s.network.networkInterfaces.listAll(o)),
      (n: NetworkInterface) => nics.set(key(n.id), nicFacts(n, subnetIds)),
    ),
    each(
      s.pages((o) => s.network.publicIPAddresses.listAll(o)),
      (p: PublicIPAddress) => publicIps.set(key(p.id), p.ipAddress ?? ''),
    ),
    s.all((o) => s.network.networkSecurityGroups.listAll(o)),
    s.all((o) => s.network.loadBalancers.listAll(o)),
    s.all((o) => s.network.virtualNetworks.listAll(o)),
    s.all((o) => s.compute.resourceSkus.list(o)),
  ]);
  const securityGroupOfNic = new Map<string, NsgFacts>();
  for (const nsg of securityGroups) {
    const facts = nsgFacts(nsg);
    for (const nic of nsg.networkInterfaces ?? []) securityGroupOfNic.set(key(nic.id), facts);
  }
  const loadBalancersOfNic = new Map<string, LbFacts[]>();
  for (const lb of loadBalancers) {
    const facts = lbFacts(lb);
    for (const pool of lb.backendAddressPools ?? [])
      for (const config of pool.backendIPConfigurations ?? []) {
        const nic = nicOfConfig(config.id);
        const list = loadBalancersOfNic.get(nic) ?? [];
        if (!list.includes(facts)) list.push(facts);
        loadBalancersOfNic.set(nic, list);
      }
  }
  const subnets: VmRelated['subnets'] = new Map();
  for (const vnet of vnets) {
    const network = {
      id: vnet.id,
      name: vnet.name,
      addressSpace: { addressPrefixes: vnet.addressSpace?.addressPrefixes },
    };
    for (const { id, name, addressPrefix } of vnet.subnets ?? [])
      subnets.set(key(id), { vnet: network, subnet: { id, name, addressPrefix } });
  }
  return { nics, publicIps, securityGroupOfNic, loadBalancersOfNic, subnets, skus: skuTable(skus) };
}

function nsgFacts({ id, name, securityRules, defaultSecurityRules }: NetworkSecurityGroup): NsgFacts {
  return { id, name, securityRules, defaultSecurityRules };
}

function lbFacts({ id, name, frontendIPConfigurations, loadBalancingRules }: LoadBalancer): LbFacts {
  return {
    id,
    name,
    frontendIPConfigurations: frontendIPConfigurations?.map((f) => ({
      publicIPAddress: f.publicIPAddress && { id: f.publicIPAddress.id },
      privateIPAddress: f.privateIPAddress,
    })),
    loadBalancingRules: loadBalancingRules?.map(({ frontendPort, protocol }) => ({ frontendPort, protocol })),
  };
}

/** Every item of a list's pages, page by page (nothing but what `use` keeps stays in memory). */
async function each<T>(pages: AsyncIterable<T[]>, use: (item: T) => unknown): Promise<void> {
  for await (const page of pages) for (const item of page) use(item);
}

function nicFacts(n: NetworkInterface, subnetIds: Map<string, string>): NicFacts {
  const shared = (id: string) => {
    const known = subnetIds.get(id);
    if (known !== undefined) return known;
    subnetIds.set(id, id);
    return id;
  };
  return {
    name: n.name ?? '',
    etag: n.etag,
    macAddress: n.macAddress ?? '',
    enableIPForwarding: n.enableIPForwarding ?? false,
    enableAcceleratedNetworking: n.enableAcceleratedNetworking ?? false,
    ipConfigurations: (n.ipConfigurations ?? []).map((c) => ({
      privateIPAddress: c.privateIPAddress ?? '',
      subnetId: shared(c.subnet?.id ?? ''),
      publicIpId: c.publicIPAddress?.id ?? '',
    })),
  };
}

function skuTable(skus: ResourceSku[]): Map<string, SkuInfo> {
  const out = new Map<string, SkuInfo>();
  for (const sku of skus) {
    if (sku.resourceType !== 'virtualMachines' || !sku.locations?.length) continue;
    const info: SkuInfo = {
      resource_type: sku.resourceType,
      name: sku.name ?? '',
      tier: sku.tier ?? '',
      size: sku.size ?? '',
      family: sku.family ?? '',
    };
    for (const c of sku.capabilities ?? []) {
      if (c.name === 'vCPUs') info.core = Number(c.value);
      else if (c.name === 'MemoryGB') info.memory = Number(c.value);
    }
    out.set(`${sku.locations[0].toLowerCase()}/${info.name}`, info);
  }
  return out;
}
