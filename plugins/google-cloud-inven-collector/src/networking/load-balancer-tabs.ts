// Upstream's detail tabs of a load balancer. Several of its table columns read `data.<key>` inside a
// row (the row has `<key>`), and the health checks sit under upstream's spelling `heath_checks`; both
// stay as upstream wrote them (README).
import type { DetailLayout, Field } from '@cloudforet/plugin-core';
import { badges, outlineBadges } from '../collect/view-options';
import { TRUE_FALSE_BADGES } from '../compute-engine/compute-badges';

const created: Field = { name: 'Created At', key: 'creation_timestamp', type: 'datetime' };
const idNameDescription = (id: 'ID' | 'Id'): Field[] => [
  { name: id, key: 'id' },
  { name: 'Name', key: 'name' },
  { name: 'Description', key: 'description' },
];

export const LOAD_BALANCER_TABS: DetailLayout[] = [
  {
    name: 'Forwarding Rule',
    type: 'table',
    rootPath: 'data.forwarding_rules',
    fields: [
      ...idNameDescription('Id'),
      {
        name: 'Source',
        key: 'type',
        type: 'enum',
        options: badges({ 'coral.600': ['Global'], 'peacock.500': ['Regional'] }),
      },
      { name: 'Region', key: 'region' },
      { name: 'IP Address', key: 'ip_address' },
      {
        name: 'Protocol',
        key: 'ip_protocol',
        type: 'enum',
        options: outlineBadges(['TCP', 'UDP', 'ESP', 'AH', 'SCTP', 'ICMP', 'L3_DEFAULT']),
      },
      { name: 'Port Range', key: 'port_range' },
      { name: 'Ports', key: 'ports' },
      { name: 'Target', key: 'target' },
      {
        name: 'Load Balancing Scheme',
        key: 'load_balancing_scheme',
        type: 'enum',
        options: outlineBadges([
          'EXTERNAL',
          'EXTERNAL_MANAGED',
          'INTERNAL',
          'INTERNAL_MANAGED',
          'INTERNAL_SELF_MANAGED',
        ]),
      },
      { name: 'Subnetwork', key: 'subnetwork' },
      { name: 'Network', key: 'network' },
      { name: 'Backend Service', key: 'backend_service' },
      { name: 'Service Label', key: 'service_label' },
      { name: 'Service Name', key: 'service_name' },
      { name: 'Network Tier', key: 'network_tier' },
      { name: 'IP Version', key: 'ip_version' },
      { name: 'All Port', key: 'data.all_ports', type: 'enum', options: TRUE_FALSE_BADGES },
      { name: 'All Global Access', key: 'data.all_global_access', type: 'enum', options: TRUE_FALSE_BADGES },
      { ...created, key: 'data.creation_timestamp' },
    ],
  },
  {
    name: 'Target Proxy',
    type: 'item',
    rootPath: 'data.target_proxy',
    fields: [
      { name: 'Name', key: 'name' },
      {
        name: 'Proxy Type',
        key: 'type',
        type: 'enum',
        options: outlineBadges(['GRPC', 'HTTP', 'HTTPS', 'SSL', 'TCP']),
      },
      { name: 'Description', key: 'description' },
    ],
  },
  {
    name: 'UrlMap',
    type: 'item',
    rootPath: 'data.urlmap',
    fields: [...idNameDescription('ID'), { name: 'Host Rule', key: 'host_rule' }, created],
  },
  {
    name: 'Backend Service',
    type: 'table',
    rootPath: 'data.backend_services',
    fields: [
      ...idNameDescription('ID'),
      {
        name: 'Protocol',
        key: 'data.protocol',
        type: 'enum',
        // upstream's list runs 'UDP' 'GRPC' together, so one value UDPGRPC
        options: outlineBadges(['HTTP', 'HTTPS', 'HTTP2', 'TCP', 'SSL', 'UDPGRPC']),
      },
      { name: 'Backends', key: 'backends', type: 'list' },
      { name: 'Health Checks', key: 'health_checks', type: 'list' },
      { name: 'TimeOut Seconds', key: 'timeout_sec' },
      { name: 'Port', key: 'port' },
      { name: 'Port Name', key: 'port_name' },
      { name: 'Type', key: 'data.enable_cdn', type: 'enum', options: TRUE_FALSE_BADGES },
      {
        name: 'Session Affinity',
        key: 'data.session_affinity',
        type: 'enum',
        options: outlineBadges([
          'NONE',
          'CLIENT_IP',
          'CLIENT_IP_PROTO',
          'CLIENT_IP_PORT_PROTO',
          'INTERNAL_MANAGED',
          'INTERNAL_SELF_MANAGED',
          'GENERATED_COOKIE',
          'HEADER_FIELD',
          'HTTP_COOKIE',
        ]),
      },
      { name: 'Affinity Cookie TTL Seconds', key: 'affinity_cookie_ttl_sec' },
      { name: 'FailOver Policy', key: 'failover_policy' },
      {
        name: 'LoadBalancing Scheme',
        key: 'data.load_balancing_scheme',
        type: 'enum',
        options: outlineBadges(['EXTERNAL', 'INTERNAL', 'INTERNAL_MANAGED', 'INTERNAL_SELF_MANAGED']),
      },
      { name: 'Log Config', key: 'log_config' },
      { name: 'Connection Draining', key: 'connection_draining' },
      created,
    ],
  },
  {
    name: 'Backend Bucket',
    type: 'table',
    rootPath: 'data.backend_buckets',
    fields: [
      ...idNameDescription('Id'),
      { name: 'Bucket Name', key: 'bucket_name' },
      { name: 'CDN', key: 'data.enable_cdn', type: 'enum', options: TRUE_FALSE_BADGES },
      { name: 'CDN Policy', key: 'cdn_policy' },
      { name: 'Custom Response Headers', key: 'custom_response_headers', type: 'list' },
      created,
    ],
  },
  {
    name: 'Target Pool',
    type: 'table',
    rootPath: 'data.target_pools',
    fields: [
      ...idNameDescription('Id'),
      { name: 'Health Check', key: 'health_checks', type: 'list' },
      { name: 'Instance', key: 'instances' },
      {
        name: 'LoadBalancing Scheme',
        key: 'data.session_affinity',
        type: 'enum',
        options: outlineBadges(['NONE', 'CLIENT_IP', 'CLIENT_IP_PROTO']),
      },
      { name: 'FailOver Ratio', key: 'failover_ratio' },
      { name: 'Backup Pool', key: 'backup_pool' },
    ],
  },
  {
    name: 'Health Check',
    type: 'table',
    rootPath: 'data.heath_checks',
    fields: [
      ...idNameDescription('Id'),
      {
        name: 'Type',
        key: 'data.type',
        type: 'enum',
        options: outlineBadges(['TCP', 'SSL', 'HTTP', 'HTTPS', 'HTTP2']),
      },
      { name: 'Check Interval Seconds', key: 'check_interval_sec' },
      { name: 'TimeOut Seconds', key: 'timeout_sec' },
      { name: 'UnHealthy Threshold', key: 'unhealthy_threshold' },
      { name: 'Healthy Threshold', key: 'healthy_threshold' },
      { name: 'Region', key: 'region' },
      { name: 'Log Config', key: 'log_config' },
      created,
    ],
  },
  {
    name: 'Legacy Health Check',
    type: 'table',
    rootPath: 'data.legacy_health_checks',
    fields: [
      ...idNameDescription('Id'),
      { name: 'Host', key: 'host' },
      { name: 'Port', key: 'port' },
      { name: 'Request Path', key: 'request_path' },
      { name: 'Check Interval Seconds', key: 'check_interval_sec' },
      { name: 'Timeout Seconds', key: 'timeout_sec' },
      { name: 'UnHealthy Threshold', key: 'unhealthy_threshold' },
      { name: 'Healthy Threshold', key: 'healthy_threshold' },
      created,
    ],
  },
];
