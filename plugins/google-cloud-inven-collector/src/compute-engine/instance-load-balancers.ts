import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, collectList } from '../collect/google-pages';
import type { ManagedInstances } from './managed-instances';

/** One entry of an instance's `data.load_balancers` (upstream's shape). */
export interface InstanceLoadBalancer {
  type: string;
  name: string;
  dns: string;
  scheme: string;
  port: number[];
  protocol: string[];
  tags: Record<string, never>;
}

/** The load-balancer pieces an instance's shaping reads, indexed once per collect. */
export interface LoadBalancerIndex {
  /** HTTP(S) balancers by the instance group (`/projects/…` path) their backend service serves. */
  byGroup: Map<string, InstanceLoadBalancer[]>;
  /** Network balancers by the selfLink of each instance their target pools hold. */
  byInstance: Map<string, InstanceLoadBalancer[]>;
}

/** The most ports a forwarding rule's range is spelled out as (a wider range is given by its ends). */
const MAX_LISTED_PORTS = 100;

/**
 * The project's backend services, URL maps, target pools and forwarding rules (aggregated lists),
 * indexed as upstream matches them to an instance: an HTTP or HTTPS backend service that a URL map
 * routes to by default and whose backends include the instance's managed group, and a target pool
 * that holds the instance, through the forwarding rules that target it.
 */
export async function loadBalancerIndex(ctx: CollectContext): Promise<LoadBalancerIndex> {
  const { compute } = ctx.session;
  const project = ctx.projectId;
  const q = (pageToken: string | undefined) => ({ project, pageToken, maxResults: 500, returnPartialSuccess: true });
  const all = <T>(pages: AsyncIterable<{ item: T }[]>) =>
    collectList(
      (async function* () {
        for await (const page of pages) yield page.map(({ item }) => item);
      })(),
    );
  const [services, urlMaps, pools, rules] = await Promise.all([
    all(
      aggregatedPages<compute_v1.Schema$BackendService>(ctx.session, 'backendServices', (t, o) =>
        compute.backendServices.aggregatedList(q(t), o),
      ),
    ),
    all(
      aggregatedPages<compute_v1.Schema$UrlMap>(ctx.session, 'urlMaps', (t, o) =>
        compute.urlMaps.aggregatedList(q(t), o),
      ),
    ),
    all(
      aggregatedPages<compute_v1.Schema$TargetPool>(ctx.session, 'targetPools', (t, o) =>
        compute.targetPools.aggregatedList(q(t), o),
      ),
    ),
    all(
      aggregatedPages<compute_v1.Schema$ForwardingRule>(ctx.session, 'forwardingRules', (t, o) =>
        compute.forwardingRules.aggregatedList(q(t), o),
      ),
    ),
  ]);
  const byGroup = new Map<string, InstanceLoadBalancer[]>();
  for (const service of services) {
    if (service.protocol !== 'HTTP' && service.protocol !== 'HTTPS') continue;
    const urlMap = urlMaps.find((m) => m.defaultService === service.selfLink);
    if (!urlMap) continue;
    const entry: InstanceLoadBalancer = {
      type: service.protocol,
      name: urlMap.name ?? '',
      dns: '',
      scheme: service.loadBalancingScheme ?? '',
      port: service.port ? [service.port] : [],
      protocol: [service.protocol],
      tags: {},
    };
    for (const backend of service.backends ?? []) push(byGroup, projectPath(backend.group), entry);
  }
  const byInstance = new Map<string, InstanceLoadBalancer[]>();
  for (const pool of pools)
    for (const rule of rules.filter((r) => r.target === pool.selfLink)) {
      const protocol = rule.IPProtocol ?? '';
      const entry: InstanceLoadBalancer = {
        type: protocol,
        name: pool.name ?? '',
        dns: '',
        scheme: rule.loadBalancingScheme ?? '',
        port: portsOf(rule.portRange),
        protocol: protocol ? [protocol] : [],
        tags: {},
      };
      for (const instance of pool.instances ?? []) push(byInstance, instance, entry);
    }
  return { byGroup, byInstance };
}

/** The instance's balancers: its managed group's HTTP(S) ones, then its target pools'. */
export function loadBalancersOf(
  selfLink: string,
  index: LoadBalancerIndex,
  managed: ManagedInstances,
): InstanceLoadBalancer[] {
  const group = managed.managerOf.get(selfLink)?.instanceGroup;
  return [...(group ? (index.byGroup.get(projectPath(group)) ?? []) : []), ...(index.byInstance.get(selfLink) ?? [])];
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A resource URL from `/projects/` on (upstream compares groups so, whatever the host and version). */
function projectPath(url: string | null | undefined): string {
  const at = (url ?? '').indexOf('/projects/');
  return at >= 0 ? url!.slice(at) : '';
}

/** `80-80` → `[80]`, `8080-8082` → `[8080, 8081, 8082]`; a range wider than MAX_LISTED_PORTS by its ends. */
function portsOf(range: string | null | undefined): number[] {
  if (!range) return [];
  const [from, to = from] = range.split('-').map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to)) return [];
  if (to - from >= MAX_LISTED_PORTS) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
