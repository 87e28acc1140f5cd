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

/**
 * A project's load balancers, as Compute Engine describes them in pieces (there is no load-balancer
 * object): one global external HTTP load balancer (a global forwarding rule on the reserved global
 * address → target HTTP proxy → URL map → backend service over the first zone's managed instance
 * group, with a health check), and per region one network load balancer (a regional forwarding
 * rule on an ephemeral address → target pool holding the region's first instance, with a legacy
 * HTTP health check). Made from the seed alone, like the rest of the project.
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
    ];
  }

  /** The regional forwarding rule's ephemeral address (no reserved address holds it). */
  ephemeralIp(region: string, r = this.p.regions.indexOf(region)): string {
    return `35.${200 + (r % 50)}.${seeded(this.p.seed, region, 'lb').int(0, 255)}.20`;
  }

  targetHttpProxies(): compute_v1.Schema$TargetHttpProxy[] {
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
    ];
  }

  urlMaps(): compute_v1.Schema$UrlMap[] {
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
    ];
  }

  /** The web backend: the first zone's managed instance group (`mig-<zone>`). */
  backendServices(): compute_v1.Schema$BackendService[] {
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

  healthChecks(): compute_v1.Schema$HealthCheck[] {
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

  /** `regions/<region>`'s target pool: the region's first instance, checked by the legacy health check. */
  targetPools(region: string): compute_v1.Schema$TargetPool[] {
    const zone = this.p.zones.find((z) => regionOf(z) === region);
    const name = `pool-${region}`;
    return [
      {
        kind: 'compute#targetPool',
        id: this.p.numericId('targetPool', region),
        creationTimestamp: this.p.time('targetPool', region),
        name,
        description: '',
        region: this.p.base(`regions/${region}`),
        healthChecks: [this.global('httpHealthChecks', GCP_LEGACY_HEALTH_CHECK)],
        instances:
          zone && this.p.instancesPerZone > 0
            ? [this.p.base(`zones/${zone}/instances/${this.p.instanceName(zone, 0)}`)]
            : [],
        sessionAffinity: 'NONE',
        selfLink: this.regional(region, 'targetPools', name),
      },
    ];
  }
}
