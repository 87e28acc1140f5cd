import type { LoadBalancer, NetworkInterface, Subnet } from '@azure/arm-network';
import type { CollectContext } from '../collect/collect-context';
import { readOnce } from '../collect/read-once';
import { armIdSegment, resourceGroupOf } from '../azure-resource';

/** What a load balancer is shaped with beyond its own document. */
export interface LoadBalancerRelated {
  /** Its backends' network interfaces (`loadBalancerNetworkInterfaces.list`). */
  nics: NetworkInterface[];
  /** Its private frontends' subnets (`subnets.get`), by lower-cased subnet id. */
  subnets: Map<string, Subnet>;
}

/**
 * The per-load-balancer reads of one collect, as upstream makes them: its NICs, and the subnet of
 * each private frontend, which upstream reads once per frontend and this reads once per subnet
 * (every load balancer of the collect shares one read of a subnet, its answer or its failure).
 */
export function loadBalancerReads(ctx: CollectContext): (lb: LoadBalancer) => Promise<LoadBalancerRelated> {
  const s = ctx.session;
  // `/subscriptions/<s>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>`
  const subnet = readOnce((id) =>
    s.call((o) => s.network.subnets.get(resourceGroupOf(id), armIdSegment(id, 8), armIdSegment(id, 10), o)),
  );
  return async (lb) => {
    const ids = new Map<string, string>();
    for (const frontend of lb.frontendIPConfigurations ?? [])
      if (frontend.subnet?.id) ids.set(frontend.subnet.id.toLowerCase(), frontend.subnet.id);
    const [nics, subnets] = await Promise.all([
      s.all((o) => s.network.loadBalancerNetworkInterfaces.list(resourceGroupOf(lb.id), lb.name ?? '', o)),
      Promise.all([...ids].map(async ([key, id]) => [key, await subnet(id)] as const)),
    ]);
    return { nics, subnets: new Map(subnets) };
  };
}
