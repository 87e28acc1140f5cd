import type { compute_v1 } from '@googleapis/compute';
import { labelsOf, orNull, pyCapitalize, segmentAfter, optional } from '../gcp-resource';
import { directionDisplay, firewallDisplay, firewallFields } from './firewall-data';
import { nextHop, routeFields } from './route-data';

type Network = compute_v1.Schema$Network;
type Subnetwork = compute_v1.Schema$Subnetwork;
type Address = compute_v1.Schema$Address;

/** What a network's `data` is made of: the project's lists, each matched to the network. */
export interface NetworkParts {
  firewalls: compute_v1.Schema$Firewall[];
  routes: compute_v1.Schema$Route[];
  subnetworks: Subnetwork[];
  addresses: Address[];
}

const exchanges = (what: string, importing: unknown, exporting: unknown) =>
  importing && exporting
    ? `Import & Export ${what}`
    : exporting
      ? `Export ${what}`
      : importing
        ? `Import ${what}`
        : 'None';

function peering(p: compute_v1.Schema$NetworkPeering, network: Network) {
  return {
    name: orNull(p.name),
    network: orNull(p.network),
    state: orNull(p.state),
    ...optional('state_details', p.stateDetails),
    ...optional('auto_create_routes', p.autoCreateRoutes),
    ...optional('export_custom_routes', p.exportCustomRoutes),
    ...optional('import_custom_routes', p.importCustomRoutes),
    ...optional('exchange_subnet_routes', p.exchangeSubnetRoutes),
    ...optional('export_subnet_routes_with_public_ip', p.exportSubnetRoutesWithPublicIp),
    ...optional('import_subnet_routes_with_public_ip', p.importSubnetRoutesWithPublicIp),
    // upstream's model spells it so
    ...optional('peer_Mtu', p.peerMtu),
    display: {
      your_network: network.name ?? '',
      peered_network: segmentAfter(p.network, 'networks'),
      project_id: segmentAfter(p.network, 'projects'),
      state_display: pyCapitalize(p.state ?? ''),
      ex_custom_route: exchanges('custom routes', p.importCustomRoutes, p.exportCustomRoutes),
      ex_route_public_ip_display: exchanges(
        'subnet routes with public IP',
        p.importSubnetRoutesWithPublicIp,
        p.exportSubnetRoutesWithPublicIp,
      ),
    },
  };
}

function subnet(s: Subnetwork) {
  const log = s.logConfig;
  return {
    id: orNull(s.id),
    name: orNull(s.name),
    description: orNull(s.description),
    network: orNull(s.network),
    region: segmentAfter(s.region, 'regions'),
    google_access: s.privateIpGoogleAccess ? 'On' : 'Off',
    flow_log: log?.enable ? 'On' : 'Off',
    ip_cidr_range: orNull(s.ipCidrRange),
    gateway_address: orNull(s.gatewayAddress),
    // upstream's model reads `secondary_ip_ranges`, a name the API never uses
    secondary_ip_ranges: [],
    self_link: orNull(s.selfLink),
    fingerprint: orNull(s.fingerprint),
    ...optional('enable_flow_logs', s.enableFlowLogs),
    ...optional('private_ipv6_google_access', s.privateIpv6GoogleAccess),
    ...optional('ipv6_cidr_range', s.ipv6CidrRange),
    ...optional('purpose', s.purpose),
    ...optional('role', s.role),
    ...optional('state', s.state),
    ...optional(
      'log_config',
      log && {
        ...optional('enable', log.enable),
        ...optional('aggregation_interval', log.aggregationInterval),
        ...optional('flow_sampling', log.flowSampling),
        ...optional('metadata', log.metadata),
        metadata_fields: log.metadataFields ?? [],
        ...optional('filter_expr', log.filterExpr),
      },
    ),
    creation_timestamp: orNull(s.creationTimestamp),
  };
}

const ipVersion = (ip: string | null | undefined) => (!ip ? 'Invalid' : ip.includes(':') ? 'IPv6' : 'IPv4');

/** An internal address of one of the network's subnets (upstream's IPAddress). */
function internalAddress(a: Address, network: Network) {
  return {
    id: a.id ?? '',
    name: a.name ?? '',
    address: orNull(a.address),
    region: a.region ? segmentAfter(a.region, 'regions') : 'global',
    subnet_name: orNull(network.name),
    address_type: orNull(a.addressType),
    is_ephemeral: 'Static',
    ...optional('purpose', a.purpose),
    description: orNull(a.description),
    network_tier: orNull(a.networkTier),
    used_by: a.users?.length
      ? a.users.map((u) => `VM instance ${segmentAfter(u, 'instances')} (Zone: ${segmentAfter(u, 'zones')})`)
      : ['None'],
    self_link: orNull(a.selfLink),
    ...optional('ip_version', a.ipVersion),
    ip_version_display: ipVersion(a.address),
    status: orNull(a.status),
    users: a.users ?? [],
    labels: labelsOf(a.labels),
    creation_timestamp: orNull(a.creationTimestamp),
  };
}

/** `data` of a VPCNetwork: upstream's model, with the network's subnets, firewalls, routes and internal IPs. */
export function vpcNetworkData(network: Network, project: string, parts: NetworkParts) {
  const link = network.selfLink;
  const subnets = parts.subnetworks.filter((s) => s.network === link);
  const firewalls = parts.firewalls.filter((f) => f.network === link);
  const routes = parts.routes.filter((r) => r.network === link);
  const regional = network.routingConfig?.routingMode === 'REGIONAL';
  return {
    id: orNull(network.id),
    name: orNull(network.name),
    project,
    description: orNull(network.description),
    ...optional('ipv4_range', network.IPv4Range),
    ...optional('gateway_ipv4', network.gatewayIPv4),
    self_link: orNull(link),
    subnet_creation_mode: network.autoCreateSubnetworks ? 'Auto' : 'Custom',
    auto_create_subnetworks: orNull(network.autoCreateSubnetworks),
    peerings: (network.peerings ?? []).map((p) => peering(p, network)),
    mtu: network.mtu ?? 1460,
    routing_config: network.routingConfig ? { routing_mode: orNull(network.routingConfig.routingMode) } : null,
    global_dynamic_route: regional ? 'Off' : 'On',
    dynamic_routing_mode: regional ? 'Regional' : 'Global',
    subnetwork_data: { total_number: subnets.length, subnets: subnets.map(subnet) },
    ip_address_data: parts.addresses
      .filter((a) => a.addressType === 'INTERNAL' && (network.subnetworks ?? []).includes(a.subnetwork ?? ''))
      .map((a) => internalAddress(a, network)),
    firewall_data: {
      total_number: firewalls.length,
      firewall: firewalls.map((f) => {
        const { target_display, filter, protocols_port, action, logs } = firewallDisplay(f);
        return {
          ...firewallFields(f),
          display: { type_display: directionDisplay(f), target_display, filter, protocols_port, action, logs },
        };
      }),
    },
    route_data: {
      total_number: routes.length,
      route: routes.map((r) => ({ ...routeFields(r), next_hop: nextHop(r, 'network') })),
    },
    creation_timestamp: orNull(network.creationTimestamp),
  };
}
