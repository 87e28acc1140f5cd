import type { ResourceSku } from '@azure/arm-compute';
import type {
  LoadBalancer,
  NetworkInterface,
  NetworkSecurityGroup,
  PublicIPAddress,
  VirtualNetwork,
} from '@azure/arm-network';
import type { CollectContext } from '../collect/collect-context';

/** A VM SKU's figures as upstream keeps them (`resourceSkus.list`, strings as Azure sends them). */
export interface SkuInfo {
  resource_type: string;
  name: string;
  tier: string;
  size: string;
  family: string;
  core?: string;
  memory?: string;
}

/** What VMs are shaped with, listed once per collect (ARM ids compared case-insensitively). */
export interface VmRelated {
  nics: Map<string, NetworkInterface>;
  publicIps: Map<string, PublicIPAddress>;
  securityGroups: NetworkSecurityGroup[];
  /** NSG by the NIC id it is attached to. */
  securityGroupOfNic: Map<string, NetworkSecurityGroup>;
  loadBalancers: LoadBalancer[];
  /** Load balancers by the NIC id in one of their backend pools. */
  loadBalancersOfNic: Map<string, LoadBalancer[]>;
  /** Subnet id → its virtual network and subnet. */
  subnets: Map<string, { vnet: VirtualNetwork; subnet: NonNullable<VirtualNetwork['subnets']>[number] }>;
  /** `<location>/<size>` → the SKU's figures. */
  skus: Map<string, SkuInfo>;
}

export const key = (id: string | undefined) => (id ?? '').toLowerCase();
/** The NIC id of an ip configuration id (`…/networkInterfaces/<n>/ipConfigurations/<c>`). */
const nicOfConfig = (id: string | undefined) => key(id).replace(/\/ipconfigurations\/[^/]+$/, '');

/** The subscription's network interfaces, public IPs, NSGs, load balancers, virtual networks and VM SKUs, side by side. */
export async function vmRelated(ctx: CollectContext): Promise<VmRelated> {
  const s = ctx.session;
  const [nics, publicIps, securityGroups, loadBalancers, vnets, skus] = await Promise.all([
    s.all((o) => s.network.networkInterfaces.listAll(o)),
    s.all((o) => s.network.publicIPAddresses.listAll(o)),
    s.all((o) => s.network.networkSecurityGroups.listAll(o)),
    s.all((o) => s.network.loadBalancers.listAll(o)),
    s.all((o) => s.network.virtualNetworks.listAll(o)),
    s.all((o) => s.compute.resourceSkus.list(o)),
  ]);
  const securityGroupOfNic = new Map<string, NetworkSecurityGroup>();
  for (const nsg of securityGroups)
    for (const nic of nsg.networkInterfaces ?? []) securityGroupOfNic.set(key(nic.id), nsg);
  const loadBalancersOfNic = new Map<string, LoadBalancer[]>();
  for (const lb of loadBalancers)
    for (const pool of lb.backendAddressPools ?? [])
      for (const config of pool.backendIPConfigurations ?? []) {
        const nic = nicOfConfig(config.id);
        const list = loadBalancersOfNic.get(nic) ?? [];
        if (!list.includes(lb)) list.push(lb);
        loadBalancersOfNic.set(nic, list);
      }
  const subnets: VmRelated['subnets'] = new Map();
  for (const vnet of vnets) for (const subnet of vnet.subnets ?? []) subnets.set(key(subnet.id), { vnet, subnet });
  return {
    nics: new Map(nics.map((n) => [key(n.id), n])),
    publicIps: new Map(publicIps.map((p) => [key(p.id), p])),
    securityGroups,
    securityGroupOfNic,
    loadBalancers,
    loadBalancersOfNic,
    subnets,
    skus: skuTable(skus),
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
      if (c.name === 'vCPUs') info.core = c.value;
      else if (c.name === 'MemoryGB') info.memory = c.value;
    }
    out.set(`${sku.locations[0].toLowerCase()}/${info.name}`, info);
  }
  return out;
}
