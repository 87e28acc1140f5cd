import type { compute_v1 } from '@googleapis/compute';
import { seeded } from '../cloud/seeded';
import type { GcpProject } from './gcp-world';

const regionOf = (zone: string) => zone.split('-').slice(0, 2).join('-');

/** The global HTTP load balancer's names: forwarding rule → target proxy → URL map → backend service → health check. */
export const GCP_HTTP_LB = {
  forwardingRule: 'web-http-rule',
  targetProxy: 'web-map-target-proxy',
  urlMap: 'web-map',
  backendService: 'web-backend',
  healthCheck: 'web-http-check',
  /** The reserved global address the forwarding rule uses (`lb-global-ip`). */
  address: '34.120.0.10',
} as const;
/** The legacy HTTP health check of the regional target pools. */
export const GCP_LEGACY_HEALTH_CHECK = 'pool-http-check';
/** The internal HTTP load balancer of the first region, on its production subnet: rule → proxy → URL map → service → check, all regional. */
export const GCP_INTERNAL_LB = {
  forwardingRule: 'ilb-rule',
  targetProxy: 'ilb-proxy',
  urlMap: 'ilb-map',
  backendService: 'ilb-backend',
  healthCheck: 'ilb-http-check',
  serviceLabel: 'api',
  /** Beside it, a passthrough (INTERNAL) rule on every port straight to a TCP backend service, with failover. */
  passthroughRule: 'ilb-tcp-rule',
  passthroughService: 'ilb-tcp-backend',
} as const;
/** The global HTTP load balancer whose URL map routes to a backend bucket over the project's first bucket. */
export const GCP_BUCKET_LB = {
  forwardingRule: 'static-http-rule',
  targetProxy: 'static-map-target-proxy',
  urlMap: 'static-map',
  backendBucket: 'static-assets',
  address: '34.120.0.20',
} as const;

/**
 * A project's load balancers, as Compute Engine describes them in pieces (there is no load-balancer
 * object): one global external HTTP load balancer (a global forwarding rule on the reserved global
 * address → target HTTP proxy → URL map → backend service over the first zone's managed instance
 * group, with a health check), and per region one network load balancer (a regional forwarding
 * rule on an ephemeral address → target pool holding the region's first instance, with a legacy
 * HTTP health check). The first region also holds an internal HTTP load balancer (GCP_INTERNAL_LB, on
 * its production subnet, over the group of its last zone), an internal passthrough rule to a TCP
 * backend service over the same group, and a backup pool its network load
 * balancer's pool fails over to; a second global HTTP load balancer serves a backend bucket
 * (GCP_BUCKET_LB). Made from the seed alone, like the rest of the project.
 */
export class GcpLoadBalancing {
  constructor(private readonly p: GcpProject) {}

  private global = (collection: string, name: string) => this.p.base(`global/${collection}/${name}`);
  private regional = (region: string, collection: string, name: string) =>
    this.p.base(`regions/${region}/${collection}/${name}`);

  /** `forwardingRules.aggregatedList` scope `global` (no region) or `regions/<region>`. */
  forwardingRules(region?: string): compute_v1.Schema$ForwardingRule[] {
    if (!region)
      return [
        {
          kind: 'compute#forwardingRule',
          id: this.p.numericId('forwardingRule', 'global'),
          creationTimestamp: this.p.time('forwardingRule', 'global'),
          name: GCP_HTTP_LB.forwardingRule,
          description: '',
          IPAddress: GCP_HTTP_LB.address,
          IPProtocol: 'TCP',
          portRange: '80-80',
          target: this.global('targetHttpProxies', GCP_HTTP_LB.targetProxy),
          selfLink: this.global('forwardingRules', GCP_HTTP_LB.forwardingRule),
          loadBalancingScheme: 'EXTERNAL',
          networkTier: 'PREMIUM',
          labelFingerprint: '42WmSpB8rSM=',
          fingerprint: seeded(this.p.seed, 'fr', 'global').hex(11),
        },
        {
          kind: 'compute#forwardingRule',
          id: this.p.numericId('forwardingRule', GCP_BUCKET_LB.forwardingRule),
          creationTimestamp: this.p.time('forwardingRule', GCP_BUCKET_LB.forwardingRule),
          name: GCP_BUCKET_LB.forwardingRule,
          description: 'Static assets',
          IPAddress: GCP_BUCKET_LB.address,
          IPProtocol: 'TCP',
          portRange: '80-80',
          target: this.global('targetHttpProxies', GCP_BUCKET_LB.targetProxy),
          selfLink: this.global('forwardingRules', GCP_BUCKET_LB.forwardingRule),
          loadBalancingScheme: 'EXTERNAL',
          networkTier: 'PREMIUM',
          ipVersion: 'IPV4',
          labelFingerprint: '42WmSpB8rSM=',
          fingerprint: seeded(this.p.seed, 'fr', GCP_BUCKET_LB.forwardingRule).hex(11),
        },
      ];
    const r = this.p.regions.indexOf(region);
    const name = `pool-${region}-rule`;
    return [
      {
        kind: 'compute#forwardingRule',
        id: this.p.numericId('forwardingRule', region),
        creationTimestamp: this.p.time('forwardingRule', region),
        name,
        description: `Network load balancer of ${region}`,
        region: this.p.base(`regions/${region}`),
        IPAddress: this.ephemeralIp(region, r),
        IPProtocol: 'TCP',
        portRange: '80-80',
        target: this.regional(region, 'targetPools', `pool-${region}`),
        selfLink: this.regional(region, 'forwardingRules', name),
        loadBalancingScheme: 'EXTERNAL',
        networkTier: r % 2 ? 'STANDARD' : 'PREMIUM',
        labelFingerprint: '42WmSpB8rSM=',
        fingerprint: seeded(this.p.seed, 'fr', region).hex(11),
      },
      ...(this.isInternalRegion(region) ? [this.internalRule(region), this.passthroughRule(region)] : []),
    ];
  }

  /** The region of the internal load balancer and the backup pool: the project's first. */
  isInternalRegion = (region: string) => region === this.p.regions[0];

  /** Its forwarding rule: a private address of the production subnet, reached by its service name. */
  private internalRule(region: string): compute_v1.Schema$ForwardingRule {
    const { forwardingRule: name, serviceLabel } = GCP_INTERNAL_LB;
    return {
      ...this.regionalPiece('forwardingRule', 'forwardingRules', region, name),
      description: 'Internal API',
      IPAddress: `10.1.${this.p.regions.indexOf(region)}.10`,
      IPProtocol: 'TCP',
      portRange: '80-80',
      target: this.regional(region, 'targetHttpProxies', GCP_INTERNAL_LB.targetProxy),
      loadBalancingScheme: 'INTERNAL_MANAGED',
      network: this.p.base('global/networks/production'),
      subnetwork: this.p.base(`regions/${region}/subnetworks/production-${region}`),
      serviceLabel,
      serviceName: `${serviceLabel}.${name}.il7.${region}.lb.${this.p.projectId}.internal`,
      allowGlobalAccess: false,
      networkTier: 'PREMIUM',
      labelFingerprint: '42WmSpB8rSM=',
      fingerprint: seeded(this.p.seed, 'fr', name).hex(11),
    };
  }

  /** What each regional piece starts with (its id and creation time from its kind and name). */
  private regionalPiece(kind: string, collection: string, region: string, name: string) {
    return {
      kind: `compute#${kind}`,
      id: this.p.numericId(kind, name),
      creationTimestamp: this.p.time(kind, name),
      name,
      description: '',
      region: this.p.base(`regions/${region}`),
      selfLink: this.regional(region, collection, name),
    };
  }

  /** A passthrough rule: no target, its backend service named instead (so no balancer of upstream's). */
  private passthroughRule(region: string): compute_v1.Schema$ForwardingRule {
    const name = GCP_INTERNAL_LB.passthroughRule;
    return {
      ...this.regionalPiece('forwardingRule', 'forwardingRules', region, name),
      IPAddress: `10.1.${this.p.regions.indexOf(region)}.11`,
      IPProtocol: 'TCP',
      allPorts: true,
      backendService: this.regional(region, 'backendServices', GCP_INTERNAL_LB.passthroughService),
      loadBalancingScheme: 'INTERNAL',
      network: this.p.base('global/networks/production'),
      subnetwork: this.p.base(`regions/${region}/subnetworks/production-${region}`),
      networkTier: 'PREMIUM',
      labelFingerprint: '42WmSpB8rSM=',
      fingerprint: seeded(this.p.seed, 'fr', name).hex(11),
    };
  }

  /** The regional forwarding rule's ephemeral address (no reserved address holds it). */
  ephemeralIp(region: string, r = this.p.regions.indexOf(region)): string {
    return `35.${200 + (r % 50)}.${seeded(this.p.seed, region, 'lb').int(0, 255)}.20`;
  }

  /** Global (no region): the two external balancers' proxies; the first region: the internal one's. */
  targetHttpProxies(region?: string): compute_v1.Schema$TargetHttpProxy[] {
    if (region)
      return this.isInternalRegion(region)
        ? [
            {
              kind: 'compute#targetHttpProxy',
              id: this.p.numericId('targetHttpProxy', GCP_INTERNAL_LB.targetProxy),
              creationTimestamp: this.p.time('targetHttpProxy', GCP_INTERNAL_LB.targetProxy),
              name: GCP_INTERNAL_LB.targetProxy,
              description: '',
              region: this.p.base(`regions/${region}`),
              urlMap: this.regional(region, 'urlMaps', GCP_INTERNAL_LB.urlMap),
              selfLink: this.regional(region, 'targetHttpProxies', GCP_INTERNAL_LB.targetProxy),
              fingerprint: seeded(this.p.seed, 'thp', region).hex(11),
            },
          ]
        : [];
    return [
      {
        kind: 'compute#targetHttpProxy',
        id: this.p.numericId('targetHttpProxy', GCP_HTTP_LB.targetProxy),
        creationTimestamp: this.p.time('targetHttpProxy'),
        name: GCP_HTTP_LB.targetProxy,
        description: '',
        urlMap: this.global('urlMaps', GCP_HTTP_LB.urlMap),
        selfLink: this.global('targetHttpProxies', GCP_HTTP_LB.targetProxy),
        fingerprint: seeded(this.p.seed, 'thp').hex(11),
      },
      {
        kind: 'compute#targetHttpProxy',
        id: this.p.numericId('targetHttpProxy', GCP_BUCKET_LB.targetProxy),
        creationTimestamp: this.p.time('targetHttpProxy', GCP_BUCKET_LB.targetProxy),
        name: GCP_BUCKET_LB.targetProxy,
        description: '',
        urlMap: this.global('urlMaps', GCP_BUCKET_LB.urlMap),
        selfLink: this.global('targetHttpProxies', GCP_BUCKET_LB.targetProxy),
        fingerprint: seeded(this.p.seed, 'thp', GCP_BUCKET_LB.targetProxy).hex(11),
      },
    ];
  }

  /** A URL map routing every host to one backend (a service, or the bucket), in `global` or a region. */
  private urlMap(name: string, backend: string, description: string, region?: string): compute_v1.Schema$UrlMap {
    return {
      kind: 'compute#urlMap',
      id: this.p.numericId('urlMap', name),
      creationTimestamp: this.p.time('urlMap', name),
      name,
      description,
      ...(region ? { region: this.p.base(`regions/${region}`) } : {}),
      selfLink: region ? this.regional(region, 'urlMaps', name) : this.global('urlMaps', name),
      hostRules: [{ hosts: ['*'], pathMatcher: 'path-matcher-1' }],
      pathMatchers: [{ name: 'path-matcher-1', defaultService: backend }],
      defaultService: backend,
      fingerprint: seeded(this.p.seed, 'um', name).hex(11),
    };
  }

  urlMaps(region?: string): compute_v1.Schema$UrlMap[] {
    if (region)
      return this.isInternalRegion(region)
        ? [
            this.urlMap(
              GCP_INTERNAL_LB.urlMap,
              this.regional(region, 'backendServices', GCP_INTERNAL_LB.backendService),
              'Routes every host to the internal API',
              region,
            ),
          ]
        : [];
    const service = this.global('backendServices', GCP_HTTP_LB.backendService);
    return [
      {
        kind: 'compute#urlMap',
        id: this.p.numericId('urlMap', GCP_HTTP_LB.urlMap),
        creationTimestamp: this.p.time('urlMap'),
        name: GCP_HTTP_LB.urlMap,
        description: 'Routes every host to the web backend',
        selfLink: this.global('urlMaps', GCP_HTTP_LB.urlMap),
        hostRules: [{ hosts: ['*'], pathMatcher: 'path-matcher-1' }],
        pathMatchers: [{ name: 'path-matcher-1', defaultService: service }],
        defaultService: service,
        fingerprint: seeded(this.p.seed, 'um').hex(11),
      },
      this.urlMap(
        GCP_BUCKET_LB.urlMap,
        this.global('backendBuckets', GCP_BUCKET_LB.backendBucket),
        'Routes every host to the static assets',
      ),
    ];
  }

  /** The static assets' bucket backend, cached by Cloud CDN. */
  backendBuckets(): compute_v1.Schema$BackendBucket[] {
    const name = GCP_BUCKET_LB.backendBucket;
    return [
      {
        kind: 'compute#backendBucket',
        id: this.p.numericId('backendBucket', name),
        creationTimestamp: this.p.time('backendBucket', name),
        name,
        description: 'Static assets of the web site',
        selfLink: this.global('backendBuckets', name),
        bucketName: `${this.p.projectId}-bucket-0`,
        enableCdn: true,
        cdnPolicy: {
          signedUrlKeyNames: ['static-key'],
          signedUrlCacheMaxAgeSec: '3600',
          cacheMode: 'CACHE_ALL_STATIC',
          defaultTtl: 3600,
          maxTtl: 86400,
          clientTtl: 3600,
          negativeCaching: false,
          serveWhileStale: 0,
          requestCoalescing: true,
        },
        customResponseHeaders: ['X-Cache-Status: {cdn_cache_status}'],
        compressionMode: 'DISABLED',
      },
    ];
  }

  /**
   * Global: the web backend over the first zone's managed instance group (`mig-<zone>`); the first
   * region: the internal backend over its last zone's group, checked by the regional health check.
   */
  backendServices(region?: string): compute_v1.Schema$BackendService[] {
    if (region)
      return this.isInternalRegion(region) ? [this.internalBackend(region), this.passthroughBackend(region)] : [];
    const zone = this.p.zones[0];
    return [
      {
        kind: 'compute#backendService',
        id: this.p.numericId('backendService', GCP_HTTP_LB.backendService),
        creationTimestamp: this.p.time('backendService'),
        name: GCP_HTTP_LB.backendService,
        description: '',
        selfLink: this.global('backendServices', GCP_HTTP_LB.backendService),
        backends: [
          {
            group: this.p.base(`zones/${zone}/instanceGroups/mig-${zone}`),
            balancingMode: 'UTILIZATION',
            maxUtilization: 0.8,
            capacityScaler: 1,
          },
        ],
        healthChecks: [this.global('healthChecks', GCP_HTTP_LB.healthCheck)],
        timeoutSec: 30,
        port: 80,
        protocol: 'HTTP',
        portName: 'http',
        enableCDN: false,
        sessionAffinity: 'NONE',
        affinityCookieTtlSec: 0,
        loadBalancingScheme: 'EXTERNAL',
        connectionDraining: { drainingTimeoutSec: 300 },
        logConfig: { enable: false },
        fingerprint: seeded(this.p.seed, 'bs').hex(11),
      },
    ];
  }

  /** The passthrough rule's service: the same group, failing over when under half of it is healthy. */
  private passthroughBackend(region: string): compute_v1.Schema$BackendService {
    const name = GCP_INTERNAL_LB.passthroughService;
    const { backends, healthChecks } = this.internalBackend(region);
    return {
      ...this.regionalPiece('backendService', 'backendServices', region, name),
      backends: backends!.map(({ group }) => ({ group, balancingMode: 'CONNECTION', failover: false })),
      healthChecks,
      timeoutSec: 30,
      protocol: 'TCP',
      sessionAffinity: 'NONE',
      loadBalancingScheme: 'INTERNAL',
      failoverPolicy: { failoverRatio: 0.5, dropTrafficIfUnhealthy: false, disableConnectionDrainOnFailover: false },
      connectionDraining: { drainingTimeoutSec: 300 },
      fingerprint: seeded(this.p.seed, 'bs', name).hex(11),
    };
  }

  private internalBackend(region: string): compute_v1.Schema$BackendService {
    const zone = this.p.zones.filter((z) => regionOf(z) === region).pop()!;
    const name = GCP_INTERNAL_LB.backendService;
    return {
      ...this.regionalPiece('backendService', 'backendServices', region, name),
      backends: [
        {
          group: this.p.base(`zones/${zone}/instanceGroups/mig-${zone}`),
          balancingMode: 'RATE',
          maxRatePerInstance: 100,
          capacityScaler: 1,
        },
      ],
      healthChecks: [this.regional(region, 'healthChecks', GCP_INTERNAL_LB.healthCheck)],
      timeoutSec: 30,
      port: 80,
      protocol: 'HTTP',
      portName: 'http',
      sessionAffinity: 'NONE',
      affinityCookieTtlSec: 0,
      loadBalancingScheme: 'INTERNAL_MANAGED',
      localityLbPolicy: 'ROUND_ROBIN',
      connectionDraining: { drainingTimeoutSec: 300 },
      logConfig: { enable: true, sampleRate: 1 },
      fingerprint: seeded(this.p.seed, 'bs', region).hex(11),
    };
  }

  /** Global: the web backend's check; the first region: the internal backend's. */
  healthChecks(region?: string): compute_v1.Schema$HealthCheck[] {
    if (region)
      return this.isInternalRegion(region)
        ? [
            {
              kind: 'compute#healthCheck',
              id: this.p.numericId('healthCheck', GCP_INTERNAL_LB.healthCheck),
              creationTimestamp: this.p.time('healthCheck', GCP_INTERNAL_LB.healthCheck),
              name: GCP_INTERNAL_LB.healthCheck,
              description: '',
              checkIntervalSec: 10,
              timeoutSec: 5,
              unhealthyThreshold: 3,
              healthyThreshold: 2,
              type: 'HTTP',
              httpHealthCheck: {
                port: 80,
                requestPath: '/healthz',
                proxyHeader: 'NONE',
                portSpecification: 'USE_FIXED_PORT',
              },
              region: this.p.base(`regions/${region}`),
              selfLink: this.regional(region, 'healthChecks', GCP_INTERNAL_LB.healthCheck),
              logConfig: { enable: false },
            },
          ]
        : [];
    return [
      {
        kind: 'compute#healthCheck',
        id: this.p.numericId('healthCheck', GCP_HTTP_LB.healthCheck),
        creationTimestamp: this.p.time('healthCheck'),
        name: GCP_HTTP_LB.healthCheck,
        description: '',
        checkIntervalSec: 5,
        timeoutSec: 5,
        unhealthyThreshold: 2,
        healthyThreshold: 2,
        type: 'HTTP',
        httpHealthCheck: { port: 80, requestPath: '/', proxyHeader: 'NONE', portSpecification: 'USE_FIXED_PORT' },
        selfLink: this.global('healthChecks', GCP_HTTP_LB.healthCheck),
        logConfig: { enable: false },
      },
    ];
  }

  httpHealthChecks(): compute_v1.Schema$HttpHealthCheck[] {
    return [
      {
        kind: 'compute#httpHealthCheck',
        id: this.p.numericId('httpHealthCheck', GCP_LEGACY_HEALTH_CHECK),
        creationTimestamp: this.p.time('httpHealthCheck'),
        name: GCP_LEGACY_HEALTH_CHECK,
        description: '',
        host: '',
        requestPath: '/',
        port: 80,
        checkIntervalSec: 5,
        timeoutSec: 5,
        unhealthyThreshold: 2,
        healthyThreshold: 2,
        selfLink: this.global('httpHealthChecks', GCP_LEGACY_HEALTH_CHECK),
      },
    ];
  }

  /**
   * `regions/<region>`'s target pool: the region's first instance, checked by the legacy health
   * check. The first region's fails over (below a tenth of it healthy) to a backup pool holding the
   * region's second instance, which no forwarding rule targets.
   */
  targetPools(region: string): compute_v1.Schema$TargetPool[] {
    const zone = this.p.zones.find((z) => regionOf(z) === region);
    const name = `pool-${region}`;
    const backup = `${name}-backup`;
    const instance = (i: number) =>
      zone && this.p.instancesPerZone > i
        ? [this.p.base(`zones/${zone}/instances/${this.p.instanceName(zone, i)}`)]
        : [];
    const pool = (poolName: string, members: string[]): compute_v1.Schema$TargetPool => ({
      kind: 'compute#targetPool',
      id: this.p.numericId('targetPool', poolName === name ? region : poolName),
      creationTimestamp: this.p.time('targetPool', poolName === name ? region : poolName),
      name: poolName,
      description: '',
      region: this.p.base(`regions/${region}`),
      healthChecks: [this.global('httpHealthChecks', GCP_LEGACY_HEALTH_CHECK)],
      instances: members,
      sessionAffinity: 'NONE',
      selfLink: this.regional(region, 'targetPools', poolName),
    });
    if (!this.isInternalRegion(region)) return [pool(name, instance(0))];
    return [
      { ...pool(name, instance(0)), failoverRatio: 0.1, backupPool: this.regional(region, 'targetPools', backup) },
      pool(backup, instance(1)),
    ];
  }
}
