import type { compute_v1 } from '@googleapis/compute';
import { orNull, pyCapitalize, segmentAfter, optional } from '../gcp-resource';
import { rowsOn, type ApplicableInstance, type RowsByNetwork } from './applicable-instances';

type Route = compute_v1.Schema$Route;

const IP = /^[0-9.]+$|:/;

/**
 * Upstream's words for a route's next hop. Its Route manager and its VPCNetwork manager spell two
 * of them apart (`route`: the instance and zone capitalized, an internal load balancer given by IP
 * or by its rule's name; `network`: as listed, with a leading space before `Loadbalancer`).
 */
export function nextHop(r: Route, spelling: 'route' | 'network'): string {
  const cap = spelling === 'route' ? pyCapitalize : (s: string) => s;
  if (r.nextHopInstance)
    return `Instance ${cap(segmentAfter(r.nextHopInstance, 'instances'))} (zone  ${cap(segmentAfter(r.nextHopInstance, 'zones'))})`;
  if (r.nextHopIp) return `IP address lie within ${r.nextHopIp}`;
  if (r.nextHopNetwork) return `Virtual network ${segmentAfter(r.nextHopNetwork, 'networks')}`;
  if (r.nextHopGateway) return `${segmentAfter(r.nextHopGateway, 'gateways')} internet gateway`;
  if (r.nextHopIlb) {
    if (spelling === 'network') return ` Loadbalancer on ${segmentAfter(r.nextHopIlb, 'forwardingRules')}`;
    return `Loadbalancer on ${IP.test(r.nextHopIlb) ? r.nextHopIlb : segmentAfter(r.nextHopIlb, 'forwardingRules')}`;
  }
  if (r.nextHopPeering) return `Peering : ${r.nextHopPeering}`;
  return '';
}

/** The route's own keys under upstream's Route model names (its next hops keep the API's names). */
export function routeFields(r: Route) {
  return {
    id: orNull(r.id),
    name: orNull(r.name),
    description: orNull(r.description),
    network: orNull(r.network),
    dest_range: orNull(r.destRange),
    priority: orNull(r.priority),
    tags: r.tags ?? [],
    ...optional('nextHopInstance', r.nextHopInstance),
    ...optional('nextHopIp', r.nextHopIp),
    ...optional('nextHopNetwork', r.nextHopNetwork),
    ...optional('nextHopGateway', r.nextHopGateway),
    ...optional('nextHopPeering', r.nextHopPeering),
    ...optional('nextHopIlb', r.nextHopIlb),
    self_link: orNull(r.selfLink),
    creation_timestamp: orNull(r.creationTimestamp),
  };
}

/** The instances a route applies to: an interface on its network, and one of its tags when it has tags. */
function applies(r: Route, row: ApplicableInstance): boolean {
  return !r.tags?.length || row.tags.some((t) => r.tags!.includes(t));
}

/** `data` of a Route: upstream's model, its display and the instances it applies to. */
export function routeData(r: Route, project: string, rows: RowsByNetwork) {
  return {
    ...routeFields(r),
    project,
    applicable_instance: rowsOn(rows, r.network).filter((row) => applies(r, row)),
    display: {
      network_display: segmentAfter(r.network, 'networks'),
      next_hop: nextHop(r, 'route'),
      instance_tags: r.tags?.length ? r.tags : ['This route applies to all instances within the specified network'],
      instance_tags_on_list: r.tags ?? [],
    },
  };
}
