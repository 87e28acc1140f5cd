import type { compute_v1 } from '@googleapis/compute';
import { labelsOf, lastSegment, segmentAfter } from '../gcp-resource';

// The pieces of a load balancer in upstream's `data` layout: snake_case keys of the fields its
// models keep, the API's values unchanged (absent values left out).

export type ForwardingRule = compute_v1.Schema$ForwardingRule;
export type BackendService = compute_v1.Schema$BackendService;
export type UrlMap = compute_v1.Schema$UrlMap;

/** `global` for a global resource, else the region of its `region` URL (upstream's get_region). */
export function regionOf(resource: { region?: string | null }): string {
  return resource.region ? segmentAfter(resource.region, 'regions') || lastSegment(resource.region) : 'global';
}

export function forwardingRuleData(rule: ForwardingRule) {
  return {
    id: rule.id ?? '',
    name: rule.name ?? '',
    description: rule.description ?? '',
    type: rule.region ? 'Regional' : 'Global',
    region: regionOf(rule),
    ip_address: rule.IPAddress ?? undefined,
    ip_protocol: rule.IPProtocol ?? undefined,
    port_range: rule.portRange ?? undefined,
    ports: rule.ports ?? [],
    target: rule.target ?? undefined,
    self_link: rule.selfLink ?? undefined,
    load_balancing_scheme: rule.loadBalancingScheme ?? undefined,
    subnetwork: rule.subnetwork ?? undefined,
    network: rule.network ?? undefined,
    backend_service: rule.backendService ?? undefined,
    service_label: rule.serviceLabel ?? undefined,
    service_name: rule.serviceName ?? undefined,
    network_tier: rule.networkTier ?? undefined,
    labels: labelsOf(rule.labels),
    ip_version: rule.ipVersion ?? undefined,
    all_ports: rule.allPorts ?? undefined,
    all_global_access: rule.allowGlobalAccess ?? undefined,
    creation_timestamp: rule.creationTimestamp ?? undefined,
  };
}

/** The proxy types upstream knows, by the collection a proxy was listed from. */
export type ProxyKind = 'GRPC' | 'HTTP' | 'HTTPS' | 'SSL' | 'TCP';
export type AnyProxy = compute_v1.Schema$TargetHttpProxy &
  compute_v1.Schema$TargetHttpsProxy &
  compute_v1.Schema$TargetSslProxy &
  compute_v1.Schema$TargetTcpProxy &
  compute_v1.Schema$TargetGrpcProxy;

const common = (p: AnyProxy) => ({
  id: p.id ?? '',
  name: p.name ?? '',
  description: p.description ?? '',
  self_link: p.selfLink ?? undefined,
});

/** `data.target_proxy`: `{name, description, type, <kind>_proxy}`. */
export function targetProxyData(kind: ProxyKind, p: AnyProxy) {
  const created = p.creationTimestamp ?? undefined;
  const shaped = {
    GRPC: () => ({
      grpc_proxy: {
        ...common(p),
        self_link_with_id: p.selfLinkWithId ?? undefined,
        url_map: p.urlMap ?? undefined,
        validate_for_proxyless: p.validateForProxyless ?? undefined,
        creation_timestamp: created,
      },
    }),
    HTTP: () => ({
      http_proxy: {
        ...common(p),
        url_map: p.urlMap ?? undefined,
        region: regionOf(p),
        proxy_bind: p.proxyBind ?? undefined,
        creation_timestamp: created,
      },
    }),
    HTTPS: () => ({
      https_proxy: {
        ...common(p),
        url_map: p.urlMap ?? undefined,
        ssl_certificates: p.sslCertificates ?? [],
        quic_override: p.quicOverride ?? undefined,
        ssl_policy: p.sslPolicy ?? undefined,
        region: p.region ? regionOf(p) : undefined,
        proxy_bind: p.proxyBind ?? undefined,
        server_tls_policy: p.serverTlsPolicy ?? undefined,
        authorization_policy: p.authorizationPolicy ?? undefined,
        creation_timestamp: created,
      },
    }),
    SSL: () => ({
      ssl_proxy: {
        ...common(p),
        service: p.service ?? undefined,
        ssl_certificates: p.sslCertificates ?? undefined,
        proxy_header: p.proxyHeader ?? undefined,
        ssl_policy: p.sslPolicy ?? undefined,
        creation_timestamp: created,
      },
    }),
    TCP: () => ({
      tcp_proxy: {
        ...common(p),
        service: p.service ?? undefined,
        proxy_header: p.proxyHeader ?? undefined,
        proxy_bind: p.proxyBind ?? undefined,
        creation_timestamp: created,
      },
    }),
  }[kind]();
  return { name: p.name ?? '', description: p.description ?? '', type: kind, ...shaped };
}

export function urlMapData(map: UrlMap | undefined) {
  if (!map) return {};
  return {
    id: map.id ?? undefined,
    name: map.name ?? undefined,
    description: map.description ?? undefined,
    self_link: map.selfLink ?? undefined,
    host_rule: (map.hostRules ?? []).map((r) => ({
      description: r.description ?? undefined,
      host: r.hosts ?? undefined,
      path_matcher: r.pathMatcher ?? undefined,
    })),
    creation_timestamp: map.creationTimestamp ?? undefined,
  };
}

/** A certificate without its private key (the API does not return one; it would never be sent). */
export function certificateData(cert: compute_v1.Schema$SslCertificate) {
  return {
    id: cert.id ?? '',
    name: cert.name ?? '',
    domains: cert.managed?.domains ?? cert.subjectAlternativeNames ?? [],
    description: cert.description ?? undefined,
    self_link: cert.selfLink ?? undefined,
    certificate: cert.certificate ?? undefined,
    managed: cert.managed
      ? {
          domain: cert.managed.domains ?? [],
          status: cert.managed.status ?? undefined,
          domain_status: cert.managed.domainStatus ?? undefined,
        }
      : undefined,
    type: cert.type ?? undefined,
    subject_alternative_names: cert.subjectAlternativeNames ?? [],
    expire_time: cert.expireTime ?? undefined,
    region: cert.region ? regionOf(cert) : undefined,
    creation_timestamp: cert.creationTimestamp ?? undefined,
  };
}

export function backendServiceData(s: BackendService) {
  return {
    id: s.id ?? '',
    name: s.name ?? '',
    description: s.description ?? '',
    self_link: s.selfLink ?? '',
    backends: (s.backends ?? []).map((b) => ({
      description: b.description || undefined,
      group: b.group ?? '',
      balancing_mode: b.balancingMode ?? undefined,
      max_utilization: b.maxUtilization ?? undefined,
      max_rate: b.maxRate ?? undefined,
      max_rate_per_instance: b.maxRatePerInstance ?? undefined,
      max_rate_per_endpoint: b.maxRatePerEndpoint ?? undefined,
      max_connections: b.maxConnections ?? undefined,
      max_connections_per_instance: b.maxConnectionsPerInstance ?? undefined,
      max_connections_per_endpoint: b.maxConnectionsPerEndpoint ?? undefined,
      capacity_scaler: b.capacityScaler ?? undefined,
      failover: b.failover ?? undefined,
    })),
    health_checks: s.healthChecks ?? [],
    timeout_sec: s.timeoutSec ?? undefined,
    port: s.port ?? undefined,
    protocol: s.protocol ?? undefined,
    port_name: s.portName ?? undefined,
    enable_cdn: s.enableCDN ?? undefined,
    session_affinity: s.sessionAffinity ?? undefined,
    affinity_cookie_ttl_sec: s.affinityCookieTtlSec ?? undefined,
    failover_policy: s.failoverPolicy
      ? {
          disable_connection_drain_on_failover: s.failoverPolicy.disableConnectionDrainOnFailover ?? undefined,
          drop_traffic_if_unhealthy: s.failoverPolicy.dropTrafficIfUnhealthy ?? undefined,
          failover_ratio: s.failoverPolicy.failoverRatio ?? undefined,
        }
      : undefined,
    load_balancing_scheme: s.loadBalancingScheme ?? undefined,
    log_config: s.logConfig
      ? { enable: s.logConfig.enable ?? undefined, sample_rate: s.logConfig.sampleRate ?? undefined }
      : undefined,
    connection_draining: s.connectionDraining
      ? { draining_timeout_sec: s.connectionDraining.drainingTimeoutSec ?? undefined }
      : undefined,
    creation_timestamp: s.creationTimestamp ?? undefined,
  };
}

export function backendBucketData(b: compute_v1.Schema$BackendBucket) {
  const cdn = b.cdnPolicy;
  return {
    id: b.id ?? undefined,
    name: b.name ?? undefined,
    description: b.description ?? undefined,
    self_link: b.selfLink ?? '',
    bucket_name: b.bucketName ?? undefined,
    enable_cdn: b.enableCdn ?? undefined,
    cdn_policy: cdn
      ? {
          signed_url_key_names: cdn.signedUrlKeyNames ?? [],
          signed_url_cache_max_age_sec: cdn.signedUrlCacheMaxAgeSec ?? undefined,
          // no cache_mode: upstream's model reads it from `cache_mode`, a key the API never has
          default_ttl: cdn.defaultTtl ?? undefined,
          max_ttl: cdn.maxTtl ?? undefined,
          client_ttl: cdn.clientTtl ?? undefined,
        }
      : undefined,
    custom_response_headers: b.customResponseHeaders ?? [],
    creation_timestamp: b.creationTimestamp ?? undefined,
  };
}

export function targetPoolData(pool: compute_v1.Schema$TargetPool) {
  return {
    id: pool.id ?? '',
    name: pool.name ?? '',
    description: pool.description ?? '',
    health_checks: pool.healthChecks ?? [],
    instances: pool.instances ?? [],
    session_affinity: pool.sessionAffinity ?? undefined,
    failover_ratio: pool.failoverRatio ?? undefined,
    backup_pool: pool.backupPool ?? undefined,
    self_link: pool.selfLink ?? '',
  };
}

type Probe = compute_v1.Schema$HTTPHealthCheck &
  compute_v1.Schema$HTTPSHealthCheck &
  compute_v1.Schema$HTTP2HealthCheck &
  compute_v1.Schema$TCPHealthCheck &
  compute_v1.Schema$SSLHealthCheck &
  compute_v1.Schema$GRPCHealthCheck;

function probeData(probe: Probe | undefined) {
  if (!probe) return undefined;
  return {
    host: probe.host ?? undefined,
    port: probe.port === undefined || probe.port === null ? undefined : String(probe.port),
    port_name: probe.portName ?? undefined,
    port_specification: probe.portSpecification ?? undefined,
    proxy_header: probe.proxyHeader ?? undefined,
    response: probe.response ?? undefined,
    grpc_service_name: probe.grpcServiceName ?? undefined,
  };
}

export function healthCheckData(check: compute_v1.Schema$HealthCheck) {
  return {
    id: check.id ?? '',
    name: check.name ?? '',
    description: check.description ?? '',
    self_link: check.selfLink ?? '',
    check_interval_sec: check.checkIntervalSec ?? undefined,
    timeout_sec: check.timeoutSec ?? undefined,
    unhealthy_threshold: check.unhealthyThreshold ?? undefined,
    healthy_threshold: check.healthyThreshold ?? undefined,
    type: check.type ?? undefined,
    tcp_health_check: probeData(check.tcpHealthCheck as Probe | undefined),
    ssl_health_check: probeData(check.sslHealthCheck as Probe | undefined),
    http_health_check: probeData(check.httpHealthCheck as Probe | undefined),
    https_health_check: probeData(check.httpsHealthCheck as Probe | undefined),
    http2_health_check: probeData(check.http2HealthCheck as Probe | undefined),
    grpc_health_check: probeData(check.grpcHealthCheck as Probe | undefined),
    region: check.region ? regionOf(check) : undefined,
    log_config: check.logConfig ? { enable: check.logConfig.enable ?? undefined } : undefined,
    creation_timestamp: check.creationTimestamp ?? undefined,
  };
}

export type LegacyHealthCheck = compute_v1.Schema$HttpHealthCheck | compute_v1.Schema$HttpsHealthCheck;

export function legacyHealthCheckData(check: LegacyHealthCheck) {
  return {
    id: check.id ?? '',
    name: check.name ?? undefined,
    description: check.description ?? undefined,
    host: check.host ?? undefined,
    request_path: check.requestPath ?? undefined,
    port: check.port ?? undefined,
    check_interval_sec: check.checkIntervalSec ?? undefined,
    timeout_sec: check.timeoutSec ?? undefined,
    unhealthy_threshold: check.unhealthyThreshold ?? undefined,
    healthy_threshold: check.healthyThreshold ?? undefined,
    self_link: check.selfLink ?? undefined,
    creation_timestamp: check.creationTimestamp ?? undefined,
  };
}
