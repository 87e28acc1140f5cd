import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { defineType } from '../collect/define-type';
import { COUNT_WIDGETS } from '../collect/view-options';
import { LOAD_BALANCER_TABS } from './load-balancer-tabs';
import { aggregatedPages, collectList, listPages, type AggregatedPage } from '../collect/google-pages';
import { shapePages } from '../collect/shape-pages';
import { gcpCloudService, lastSegment, segmentAfter } from '../gcp-resource';
import {
  backendBucketData,
  backendServiceData,
  certificateData,
  forwardingRuleData,
  healthCheckData,
  legacyHealthCheckData,
  regionOf,
  targetPoolData,
  targetProxyData,
  urlMapData,
  type AnyProxy,
  type ForwardingRule,
  type LegacyHealthCheck,
  type ProxyKind,
} from './load-balancer-parts';

const GROUP = 'Networking';
const TYPE = 'LoadBalancing';

/**
 * Load balancers, which Compute Engine has no object for: as upstream, one per target proxy (gRPC,
 * HTTP, HTTPS, SSL, TCP) and one per forwarding rule that targets a target pool, each with its
 * forwarding rules, URL map, certificates, backend services and buckets, health checks and target
 * pools. The fourteen listings (aggregated where Compute Engine aggregates them) run side by side.
 */
export const loadBalancingDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'Load_Balancing.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'ID', key: 'data.id' },
    { name: 'Name', key: 'data.name' },
    { name: 'Type', key: 'data.type' },
    { name: 'Source', key: 'data.internal_or_external', type: 'enum' },
    { name: 'Protocol', key: 'data.protocol', type: 'enum' },
    { name: 'Region', key: 'data.region' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  details: LOAD_BALANCER_TABS,
  async *collect(ctx) {
    const parts = await listParts(ctx);
    const balancers: Balancer[] = [
      ...parts.proxies,
      ...parts.rules
        .filter((r) => segmentAfter(r.target, 'targetPools'))
        .map((rule): Balancer => ({ kind: 'POOL', item: rule })),
    ];
    yield* shapePages(
      (async function* () {
        yield balancers.map((item) => ({ scope: 'global', item }));
      })(),
      (balancer) => {
        const data = balancerData(balancer, parts, ctx.projectId);
        return gcpCloudService({
          name: data.name,
          group: GROUP,
          type: TYPE,
          resourceId: data.self_link,
          account: ctx.projectId,
          regionCode: ctx.regions.add(data.region),
          externalLink: `https://console.cloud.google.com/net-services/loadbalancing/list/loadBalancers?project=${ctx.projectId}`,
          data,
          metadata: loadBalancingDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (b) => b.item.id },
    );
  },
});

/** A load balancer: a target proxy of a kind, or a forwarding rule to a target pool. */
type Balancer = { kind: ProxyKind; item: AnyProxy } | { kind: 'POOL'; item: ForwardingRule };

interface Parts {
  rules: ForwardingRule[];
  proxies: Balancer[];
  urlMaps: compute_v1.Schema$UrlMap[];
  certificates: compute_v1.Schema$SslCertificate[];
  backendServices: compute_v1.Schema$BackendService[];
  backendBuckets: compute_v1.Schema$BackendBucket[];
  healthChecks: compute_v1.Schema$HealthCheck[];
  legacyHealthChecks: LegacyHealthCheck[];
  targetPools: compute_v1.Schema$TargetPool[];
}

async function listParts(ctx: CollectContext): Promise<Parts> {
  const { compute } = ctx.session;
  const project = ctx.projectId;
  const aggregated = <T>(
    key: string,
    list: (
      q: { project: string; pageToken?: string; maxResults: number; returnPartialSuccess: boolean },
      o: { signal: AbortSignal },
    ) => Promise<{ data: AggregatedPage }>,
  ) =>
    (async () => {
      const out: T[] = [];
      for await (const page of aggregatedPages<T>(ctx.session, key, (pageToken, o) =>
        list({ project, pageToken, maxResults: 500, returnPartialSuccess: true }, o),
      ))
        for (const { item } of page) out.push(item);
      return out;
    })();
  const global = <T>(
    list: (
      q: { project: string; pageToken?: string; maxResults: number },
      o: { signal: AbortSignal },
    ) => Promise<{
      data: { items?: T[] | null; nextPageToken?: string | null };
    }>,
  ) => collectList(listPages<T>(ctx.session, (pageToken, o) => list({ project, pageToken, maxResults: 500 }, o)));
  const [
    rules,
    http,
    https,
    ssl,
    tcp,
    grpc,
    urlMaps,
    certificates,
    backendServices,
    backendBuckets,
    healthChecks,
    httpChecks,
    httpsChecks,
    targetPools,
  ] = await Promise.all([
    aggregated<ForwardingRule>('forwardingRules', (q, o) => compute.forwardingRules.aggregatedList(q, o)),
    aggregated<AnyProxy>('targetHttpProxies', (q, o) => compute.targetHttpProxies.aggregatedList(q, o)),
    aggregated<AnyProxy>('targetHttpsProxies', (q, o) => compute.targetHttpsProxies.aggregatedList(q, o)),
    global<AnyProxy>((q, o) => compute.targetSslProxies.list(q, o)),
    global<AnyProxy>((q, o) => compute.targetTcpProxies.list(q, o)),
    global<AnyProxy>((q, o) => compute.targetGrpcProxies.list(q, o)),
    aggregated<compute_v1.Schema$UrlMap>('urlMaps', (q, o) => compute.urlMaps.aggregatedList(q, o)),
    aggregated<compute_v1.Schema$SslCertificate>('sslCertificates', (q, o) =>
      compute.sslCertificates.aggregatedList(q, o),
    ),
    aggregated<compute_v1.Schema$BackendService>('backendServices', (q, o) =>
      compute.backendServices.aggregatedList(q, o),
    ),
    global<compute_v1.Schema$BackendBucket>((q, o) => compute.backendBuckets.list(q, o)),
    aggregated<compute_v1.Schema$HealthCheck>('healthChecks', (q, o) => compute.healthChecks.aggregatedList(q, o)),
    global<compute_v1.Schema$HttpHealthCheck>((q, o) => compute.httpHealthChecks.list(q, o)),
    global<compute_v1.Schema$HttpsHealthCheck>((q, o) => compute.httpsHealthChecks.list(q, o)),
    aggregated<compute_v1.Schema$TargetPool>('targetPools', (q, o) => compute.targetPools.aggregatedList(q, o)),
  ]);
  const proxies: Balancer[] = [
    ...grpc.map((item) => ({ kind: 'GRPC' as const, item })),
    ...http.map((item) => ({ kind: 'HTTP' as const, item })),
    ...https.map((item) => ({ kind: 'HTTPS' as const, item })),
    ...ssl.map((item) => ({ kind: 'SSL' as const, item })),
    ...tcp.map((item) => ({ kind: 'TCP' as const, item })),
  ];
  return {
    rules,
    proxies,
    urlMaps,
    certificates,
    backendServices,
    backendBuckets,
    healthChecks,
    legacyHealthChecks: [...httpChecks, ...httpsChecks],
    targetPools,
  };
}

const TYPE_NAMES: Record<Balancer['kind'], string> = {
  POOL: 'TCP/UDP Network LoadBalancer',
  GRPC: 'HTTP(S) LoadBalancer',
  HTTP: 'HTTP(S) LoadBalancer',
  HTTPS: 'HTTP(S) LoadBalancer',
  TCP: 'TCP Proxy LoadBalancer',
  SSL: 'SSL Proxy LoadBalancer',
};

/** Upstream's `data` of a load balancer, its pieces matched by self link. */
function balancerData(balancer: Balancer, parts: Parts, projectId: string) {
  const { item } = balancer;
  const selfLink = item.selfLink ?? '';
  const rules = parts.rules.filter((r) => r.target === selfLink || r.selfLink === selfLink);
  const proxy = balancer.kind === 'POOL' ? undefined : balancer.item;
  const urlMap = proxy?.urlMap ? parts.urlMaps.find((m) => m.selfLink === proxy.urlMap) : undefined;
  const serviceLinks = [urlMap?.defaultService, proxy?.service].filter((l): l is string => !!l);
  const services = parts.backendServices.filter((s) => serviceLinks.includes(s.selfLink ?? ''));
  const checkLinks = new Set(services.flatMap((s) => s.healthChecks ?? []));
  const pools = parts.targetPools.filter((p) => rules.some((r) => r.target === p.selfLink));
  for (const pool of pools) for (const link of pool.healthChecks ?? []) checkLinks.add(link);
  const certificateLinks = proxy?.sslCertificates ?? [];
  const name =
    balancer.kind === 'POOL'
      ? lastSegment(balancer.item.target)
      : balancer.kind === 'SSL' || balancer.kind === 'TCP'
        ? segmentAfter(proxy?.service, 'backendServices')
        : segmentAfter(proxy?.urlMap, 'urlMaps');
  const protocol =
    balancer.kind === 'POOL'
      ? (balancer.item.IPProtocol ?? 'UnKnown')
      : balancer.kind === 'GRPC'
        ? 'HTTP'
        : balancer.kind;
  const created =
    item.creationTimestamp ??
    urlMap?.creationTimestamp ??
    earliest(rules.map((r) => r.creationTimestamp)) ??
    earliest(services.map((s) => s.creationTimestamp)) ??
    '';
  return {
    id: item.id ?? '',
    name,
    description: item.description ?? '',
    project: segmentAfter(selfLink, 'projects') || projectId,
    region: regionOf(item),
    internal_or_external: rules[0]?.loadBalancingScheme ?? 'UnKnown',
    type: TYPE_NAMES[balancer.kind],
    protocol,
    self_link: selfLink,
    forwarding_rules: rules.map(forwardingRuleData),
    target_proxy: proxy ? targetProxyData(balancer.kind as ProxyKind, proxy) : {},
    urlmap: urlMapData(urlMap),
    certificates: parts.certificates.filter((c) => certificateLinks.includes(c.selfLink ?? '')).map(certificateData),
    backend_services: services.map(backendServiceData),
    backend_buckets: parts.backendBuckets
      .filter((b) => !!b.selfLink && (urlMap?.defaultService ?? '').includes(b.selfLink))
      .map(backendBucketData),
    heath_checks: parts.healthChecks.filter((c) => checkLinks.has(c.selfLink ?? '')).map(healthCheckData),
    legacy_health_checks: parts.legacyHealthChecks
      .filter((c) => checkLinks.has(c.selfLink ?? ''))
      .map(legacyHealthCheckData),
    target_pools: pools.map(targetPoolData),
    tags: [],
    creation_timestamp: created,
  };
}

function earliest(times: (string | null | undefined)[]): string | undefined {
  return times.filter((t): t is string => !!t).sort()[0];
}
