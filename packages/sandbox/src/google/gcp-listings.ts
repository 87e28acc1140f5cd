import type { GcpProject } from './gcp-world';

/** A list the sandbox pages: its size, and the body of the page of items [start, end). */
export interface Listing {
  total: number;
  page(start: number, end: number): Record<string, unknown>;
}

interface Scope {
  scope: string;
  count: number;
  item(index: number): unknown;
}

/** A collection whose items are all global, aggregated over `global` and every region (regions empty). */
function globalOnly(kind: string, key: string, items: (p: GcpProject) => unknown[]) {
  return {
    kind,
    key,
    scopes: (p: GcpProject): Scope[] => {
      const all = items(p);
      return [
        { scope: 'global', count: all.length, item: (i: number) => all[i] },
        ...p.regions.map((r) => ({ scope: `regions/${r}`, count: 0, item: () => undefined })),
      ];
    },
  };
}

/** A collection with global items (`items(p)`) and regional ones (`items(p, region)`). */
function globalAndRegional(kind: string, key: string, items: (p: GcpProject, region?: string) => unknown[]) {
  const scope = (name: string, all: unknown[]): Scope => ({ scope: name, count: all.length, item: (i) => all[i] });
  return {
    kind,
    key,
    scopes: (p: GcpProject): Scope[] => [
      scope('global', items(p)),
      ...p.regions.map((r) => scope(`regions/${r}`, items(p, r))),
    ],
  };
}

/** The item key of each aggregated collection's scoped lists (`{instances: [...]}`). */
const AGGREGATED: Record<string, { kind: string; key: string; scopes(p: GcpProject): Scope[] }> = {
  instances: {
    kind: 'compute#instanceAggregatedList',
    key: 'instances',
    scopes: (p) =>
      p.zones.map((z) => ({ scope: `zones/${z}`, count: p.instancesPerZone, item: (i) => p.instance(z, i) })),
  },
  disks: {
    kind: 'compute#diskAggregatedList',
    key: 'disks',
    scopes: (p) => p.zones.map((z) => ({ scope: `zones/${z}`, count: p.diskCount(), item: (i) => p.disk(z, i) })),
  },
  machineTypes: {
    kind: 'compute#machineTypeAggregatedList',
    key: 'machineTypes',
    scopes: (p) =>
      p.zones.map((z) => {
        const types = p.machineTypes(z);
        return { scope: `zones/${z}`, count: types.length, item: (i) => types[i] };
      }),
  },
  subnetworks: {
    kind: 'compute#subnetworkAggregatedList',
    key: 'subnetworks',
    scopes: (p) =>
      p.regions.map((r) => {
        const subnets = p.subnetworks(r);
        return { scope: `regions/${r}`, count: subnets.length, item: (i) => subnets[i] };
      }),
  },
  instanceGroupManagers: {
    kind: 'compute#instanceGroupManagerAggregatedList',
    key: 'instanceGroupManagers',
    scopes: (p) => [
      ...p.zones.map((z) => ({ scope: `zones/${z}`, count: 1, item: () => p.instanceGroupManager(z) })),
      ...p
        .regionalGroupRegions()
        .map((r) => ({ scope: `regions/${r}`, count: 1, item: () => p.regionalInstanceGroupManager(r) })),
    ],
  },
  instanceGroups: {
    kind: 'compute#instanceGroupAggregatedList',
    key: 'instanceGroups',
    scopes: (p) => [
      ...p.zones.map((z) => ({ scope: `zones/${z}`, count: 1, item: () => p.instanceGroup(z) })),
      ...p
        .regionalGroupRegions()
        .map((r) => ({ scope: `regions/${r}`, count: 1, item: () => p.regionalInstanceGroup(r) })),
    ],
  },
  resourcePolicies: {
    kind: 'compute#resourcePolicyAggregatedList',
    key: 'resourcePolicies',
    scopes: (p) => p.regions.map((r) => ({ scope: `regions/${r}`, count: 1, item: () => p.resourcePolicy(r) })),
  },
  autoscalers: {
    kind: 'compute#autoscalerAggregatedList',
    key: 'autoscalers',
    scopes: (p) => [
      ...p.zones.map((z) => ({ scope: `zones/${z}`, count: 1, item: () => p.autoscaler(z) })),
      ...p
        .regionalGroupRegions()
        .map((r) => ({ scope: `regions/${r}`, count: 1, item: () => p.regionalAutoscaler(r) })),
    ],
  },
  forwardingRules: globalAndRegional('compute#forwardingRuleAggregatedList', 'forwardingRules', (p, r) =>
    p.loadBalancing.forwardingRules(r),
  ),
  targetPools: {
    kind: 'compute#targetPoolAggregatedList',
    key: 'targetPools',
    scopes: (p) =>
      p.regions.map((r) => {
        const pools = p.loadBalancing.targetPools(r);
        return { scope: `regions/${r}`, count: pools.length, item: (i) => pools[i] };
      }),
  },
  targetHttpProxies: globalAndRegional('compute#targetHttpProxyAggregatedList', 'targetHttpProxies', (p, r) =>
    p.loadBalancing.targetHttpProxies(r),
  ),
  targetHttpsProxies: globalOnly('compute#targetHttpsProxyAggregatedList', 'targetHttpsProxies', () => []),
  urlMaps: globalAndRegional('compute#urlMapsAggregatedList', 'urlMaps', (p, r) => p.loadBalancing.urlMaps(r)),
  backendServices: globalAndRegional('compute#backendServiceAggregatedList', 'backendServices', (p, r) =>
    p.loadBalancing.backendServices(r),
  ),
  healthChecks: globalAndRegional('compute#healthChecksAggregatedList', 'healthChecks', (p, r) =>
    p.loadBalancing.healthChecks(r),
  ),
  sslCertificates: globalOnly('compute#sslCertificateAggregatedList', 'sslCertificates', () => []),
  addresses: {
    kind: 'compute#addressAggregatedList',
    key: 'addresses',
    scopes: (p) => [
      { scope: 'global', count: 1, item: () => p.addresses()[0] },
      ...p.regions.map((r) => ({
        scope: `regions/${r}`,
        count: p.addresses(r).length,
        item: (i: number) => p.addresses(r)[i],
      })),
    ],
  },
};

/**
 * An aggregated list as Compute Engine pages it: items of every scope in scope order, grouped by
 * scope on each page (`items["zones/us-central1-a"].instances`), the scopes without items on the
 * page carrying a NO_RESULTS_ON_PAGE warning; unreachable zones are listed in `unreachables` and
 * warned about instead of listed.
 */
export function aggregatedScopes(
  project: GcpProject,
  collection: string,
  unreachable: Set<string>,
  selfLink: string,
): Listing | undefined {
  const def = AGGREGATED[collection];
  if (!def) return undefined;
  const all = def.scopes(project);
  const down = all.filter((s) => unreachable.has(s.scope.replace(/^zones\//, '')));
  const scopes = all.filter((s) => !down.includes(s));
  const starts: number[] = [];
  let total = 0;
  for (const s of scopes) {
    starts.push(total);
    total += s.count;
  }
  return {
    total,
    page(start, end) {
      const items: Record<string, unknown> = {};
      scopes.forEach((s, k) => {
        const from = Math.max(start, starts[k]);
        const to = Math.min(end, starts[k] + s.count);
        items[s.scope] =
          from < to
            ? { [def.key]: Array.from({ length: to - from }, (_, i) => s.item(from - starts[k] + i)) }
            : {
                warning: {
                  code: 'NO_RESULTS_ON_PAGE',
                  message: "There are no results for scope '" + s.scope + "' on this page.",
                  data: [{ key: 'scope', value: s.scope }],
                },
              };
      });
      for (const s of down)
        items[s.scope] = {
          warning: {
            code: 'UNREACHABLE',
            message: `The resource '${s.scope}' is unreachable.`,
            data: [{ key: 'scope', value: s.scope }],
          },
        };
      return {
        kind: def.kind,
        id: selfLink.replace('https://www.googleapis.com/compute/v1/', ''),
        items,
        selfLink,
        ...(down.length ? { unreachables: down.map((s) => s.scope) } : {}),
      };
    },
  };
}

const GLOBAL: Record<string, { kind: string; count(p: GcpProject): number; item(p: GcpProject, i: number): unknown }> =
  {
    networks: { kind: 'compute#networkList', count: (p) => p.networks().length, item: (p, i) => p.networks()[i] },
    firewalls: { kind: 'compute#firewallList', count: (p) => p.firewalls().length, item: (p, i) => p.firewalls()[i] },
    routes: { kind: 'compute#routeList', count: (p) => p.routes().length, item: (p, i) => p.routes()[i] },
    snapshots: { kind: 'compute#snapshotList', count: (p) => p.snapshotCount, item: (p, i) => p.snapshot(i) },
    machineImages: {
      kind: 'compute#machineImageList',
      count: (p) => Math.min(p.machineImageCount, p.instancesPerZone),
      item: (p, i) => p.machineImage(i),
    },
    httpHealthChecks: {
      kind: 'compute#httpHealthCheckList',
      count: (p) => p.loadBalancing.httpHealthChecks().length,
      item: (p, i) => p.loadBalancing.httpHealthChecks()[i],
    },
    httpsHealthChecks: { kind: 'compute#httpsHealthCheckList', count: () => 0, item: () => undefined },
    targetTcpProxies: { kind: 'compute#targetTcpProxyList', count: () => 0, item: () => undefined },
    targetSslProxies: { kind: 'compute#targetSslProxyList', count: () => 0, item: () => undefined },
    targetGrpcProxies: { kind: 'compute#targetGrpcProxyList', count: () => 0, item: () => undefined },
    backendBuckets: {
      kind: 'compute#backendBucketList',
      count: (p) => p.loadBalancing.backendBuckets().length,
      item: (p, i) => p.loadBalancing.backendBuckets()[i],
    },
    instanceTemplates: {
      kind: 'compute#instanceTemplateList',
      count: (p) => p.instanceTemplateCount,
      item: (p, i) => p.instanceTemplate(i),
    },
  };

/** A global collection (`global/networks`, …), paged. */
export function globalList(project: GcpProject, collection: string, selfLink: string): Listing | undefined {
  const def = GLOBAL[collection];
  if (!def) return undefined;
  return {
    total: def.count(project),
    page: (start, end) => ({
      kind: def.kind,
      id: selfLink.replace('https://www.googleapis.com/compute/v1/', ''),
      items: Array.from({ length: end - start }, (_, i) => def.item(project, start + i)),
      selfLink,
    }),
  };
}
