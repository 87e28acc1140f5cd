import type { compute_v1 } from '@googleapis/compute';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, askedEarly, type Scoped } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { badges, states } from '../collect/view-options';
import { gcpCloudService, lastSegment, orNull, regionOfZone, segmentAfter, optional } from '../gcp-resource';

const GROUP = 'Networking';
const TYPE = 'ExternalIPAddress';

type Address = compute_v1.Schema$Address;
type ForwardingRule = compute_v1.Schema$ForwardingRule;
type Instance = compute_v1.Schema$Instance;

/** One external IP of the project, as upstream gathers them: reserved, a forwarding rule's, or a VM's. */
type ExternalIp =
  | { source: 'address'; item: Address; scope: string }
  | { source: 'rule'; item: ForwardingRule; scope: string }
  | { source: 'instance'; item: Instance; nat: compute_v1.Schema$AccessConfig };

/** What shaping a VM's ephemeral IP reads (a partial response: a tenth of an instance's JSON). */
const INSTANCE_FIELDS =
  'nextPageToken,unreachables,items/*/warning,' +
  'items/*/instances(id,name,zone,selfLink,creationTimestamp,networkInterfaces/accessConfigs(natIP,networkTier))';

/**
 * The project's external IPs, as upstream gathers them: the reserved external addresses
 * (`addresses.aggregatedList`, regional and global, "Static"), then the addresses of external
 * forwarding rules (`forwardingRules.aggregatedList`) and of instances' access configs
 * (`instances.aggregatedList`) that no reserved address holds ("Ephemeral"), each IP once. The
 * addresses and rules are listed first, side by side with the first page of instances; the
 * instances are then shaped a page at a time.
 */
export const externalIpAddressDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'compute.googleapis.com',
  serviceCode: 'Networking',
  labels: ['Networking'],
  icon: 'External_IP_Address.svg',
  fields: [
    { name: 'External Address', key: 'data.address' },
    { name: 'Region', key: 'region_code' },
    { name: 'Type', key: 'data.is_ephemeral', type: 'enum' },
    { name: 'Version', key: 'data.ip_version_display' },
    { name: 'In Used By', key: 'data.used_by', type: 'list' },
    { name: 'Network Tier', key: 'data.network_tier_display' },
    { name: 'Status', key: 'data.status_display', type: 'enum' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  details: [
    {
      name: 'External IP Address Details',
      type: 'item',
      fields: [
        { name: 'ID', key: 'data.id' },
        { name: 'Name', key: 'data.name' },
        // upstream's name for the status row
        {
          name: 'Version',
          key: 'data.status_display',
          type: 'enum',
          options: states({ safe: ['Reserved'], warning: ['In Use'], disable: ['Reserving'] }),
        },
        { name: 'Region', key: 'data.region' },
        {
          name: 'Type',
          key: 'data.is_ephemeral',
          type: 'enum',
          options: badges({ 'indigo.500': ['Static'], 'coral.600': ['Ephemeral'] }),
        },
        {
          name: 'Version',
          key: 'data.ip_version_display',
          type: 'enum',
          options: badges({ 'indigo.500': ['IPv4'], 'coral.600': ['IPv6'] }),
        },
        { name: 'In Used By', key: 'data.used_by', type: 'list' },
        { name: 'In Used By (Details)', key: 'data.users', type: 'list' },
        { name: 'Network Tier', key: 'data.network_tier_display' },
        { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
      ],
    },
  ],
  async *collect(ctx) {
    const unreachable: { scope: string; message: string }[] = [];
    const onUnreachable = (scope: string, message: string) => unreachable.push({ scope, message });
    const project = ctx.projectId;
    const instancePages = askedEarly(
      aggregatedPages<Instance>(
        ctx.session,
        'instances',
        (pageToken, o) =>
          ctx.session.compute.instances.aggregatedList(
            { project, pageToken, maxResults: 500, returnPartialSuccess: true, fields: INSTANCE_FIELDS },
            o,
          ),
        onUnreachable,
      ),
    );
    const [addresses, rules] = await Promise.all([
      allScoped(
        aggregatedPages<Address>(
          ctx.session,
          'addresses',
          (pageToken, o) =>
            ctx.session.compute.addresses.aggregatedList(
              { project, pageToken, maxResults: 500, returnPartialSuccess: true },
              o,
            ),
          onUnreachable,
        ),
      ),
      allScoped(
        aggregatedPages<ForwardingRule>(ctx.session, 'forwardingRules', (pageToken, o) =>
          ctx.session.compute.forwardingRules.aggregatedList(
            { project, pageToken, maxResults: 500, returnPartialSuccess: true },
            o,
          ),
        ),
      ),
    ]);
    // Each IP once: the reserved address first, then a rule's, then a VM's (upstream's order).
    const seen = new Set<string>();
    const first = (ip: string | null | undefined): boolean => {
      if (!ip || seen.has(ip)) return false;
      seen.add(ip);
      return true;
    };
    const fixed: ExternalIp[] = [
      ...addresses
        .filter(({ item }) => item.addressType !== 'INTERNAL' && first(item.address))
        .map(({ item, scope }) => ({ source: 'address' as const, item, scope })),
      ...rules
        .filter(({ item }) => item.loadBalancingScheme === 'EXTERNAL' && first(item.IPAddress))
        .map(({ item, scope }) => ({ source: 'rule' as const, item, scope })),
    ];
    yield* shapePages(
      withInstanceIps(fixed, instancePages, first),
      (ip) => externalIpResource(ctx, ip),
      { group: GROUP, type: TYPE, idOf: (ip) => ip.item.id },
      unreachable,
    );
  },
});

async function allScoped<T>(pages: AsyncIterable<Scoped<T>[]>): Promise<Scoped<T>[]> {
  const out: Scoped<T>[] = [];
  for await (const page of pages) out.push(...page);
  return out;
}

/** The reserved and rule addresses as one page, then each page of instances' first-seen NAT IPs. */
async function* withInstanceIps(
  fixed: ExternalIp[],
  instances: AsyncIterable<Scoped<Instance>[]>,
  first: (ip: string | null | undefined) => boolean,
): AsyncGenerator<Scoped<ExternalIp>[]> {
  yield fixed.map((item) => ({ scope: '', item }));
  for await (const page of instances) {
    const out: Scoped<ExternalIp>[] = [];
    for (const { item } of page)
      for (const nic of item.networkInterfaces ?? [])
        for (const nat of nic.accessConfigs ?? [])
          if (first(nat.natIP)) out.push({ scope: '', item: { source: 'instance', item, nat } });
    yield out;
  }
}

const ipVersion = (ip: string) => (ip.includes(':') ? 'IPv6' : 'IPv4');
/** `PREMIUM` → `Premium`, as upstream's display. */
const capitalized = (text: string | null | undefined) =>
  text ? text.charAt(0).toUpperCase() + text.slice(1).toLowerCase() : '';
/** `IN_USE` → `In Use`. */
const titled = (text: string) => text.split('_').map(capitalized).join(' ');

/** Upstream's `used_by` line of a reserved address's user. */
function userOf(url: string): string {
  const instance = segmentAfter(url, 'instances');
  if (instance) return `VM instance ${instance} (Zone: ${segmentAfter(url, 'zones')})`;
  const rule = segmentAfter(url, 'forwardingRules');
  return rule ? `Forwarding rule ${rule}` : lastSegment(url);
}

/** What each kind of external IP gives upstream's ExternalIpAddress model. */
interface IpFields {
  id?: string | null;
  name: string;
  region: string;
  selfLink: string;
  address: string;
  addressType?: string | null;
  isEphemeral: 'Static' | 'Ephemeral';
  status?: string | null;
  description?: string | null;
  purpose?: string | null;
  networkTier?: string | null;
  ipVersion?: string | null;
  users: string[];
  usedBy: string[];
  creationTimestamp?: string | null;
}

/** `data`: upstream's ExternalIpAddress model (its BaseResource keys, then the address's). */
function externalIpData(project: string, f: IpFields) {
  return {
    ...optional('id', f.id),
    ...optional('name', f.name),
    project,
    region: f.region,
    self_link: f.selfLink,
    status: orNull(f.status),
    status_display: titled(f.status ?? ''),
    description: f.description ?? '',
    address: f.address,
    address_type: orNull(f.addressType),
    is_ephemeral: f.isEphemeral,
    ...optional('purpose', f.purpose),
    ...optional('network_tier', f.networkTier),
    network_tier_display: capitalized(f.networkTier),
    used_by: f.usedBy,
    ...optional('ip_version', f.ipVersion),
    ip_version_display: ipVersion(f.address),
    users: f.users,
    creation_timestamp: orNull(f.creationTimestamp),
  };
}

function ipFields(project: string, ip: ExternalIp): IpFields {
  if (ip.source === 'instance') {
    const instance = ip.item;
    const zone = lastSegment(instance.zone);
    const address = ip.nat.natIP ?? '';
    return {
      id: instance.id,
      name: address,
      region: regionOfZone(zone),
      selfLink: `https://console.cloud.google.com/networking/addresses/project=${project}/zone=${zone}/ip_address/${address}`,
      address,
      addressType: 'EXTERNAL',
      isEphemeral: 'Ephemeral',
      status: 'IN_USE',
      networkTier: ip.nat.networkTier,
      users: [instance.selfLink ?? ''],
      usedBy: [`Vm Instance ${instance.name} (${zone})`],
      creationTimestamp: instance.creationTimestamp,
    };
  }
  if (ip.source === 'rule') {
    const rule = ip.item;
    return {
      id: rule.id,
      name: rule.name ?? '',
      region: rule.region ? lastSegment(rule.region) : 'global',
      selfLink: rule.selfLink ?? '',
      address: rule.IPAddress ?? '',
      addressType: rule.loadBalancingScheme,
      isEphemeral: 'Ephemeral',
      status: 'IN_USE',
      description: rule.description,
      networkTier: rule.networkTier,
      ipVersion: rule.ipVersion,
      users: [rule.selfLink ?? ''],
      usedBy: [`Forwarding rule ${rule.name}`],
      creationTimestamp: rule.creationTimestamp,
    };
  }
  const reserved = ip.item;
  return {
    id: reserved.id,
    name: reserved.name ?? '',
    region: ip.scope === 'global' ? 'global' : segmentAfter(`/${ip.scope}`, 'regions'),
    selfLink: reserved.selfLink ?? '',
    address: reserved.address ?? '',
    addressType: reserved.addressType,
    isEphemeral: 'Static',
    status: reserved.status,
    description: reserved.description,
    purpose: reserved.purpose,
    networkTier: reserved.networkTier,
    ipVersion: reserved.ipVersion,
    users: reserved.users ?? [],
    usedBy: (reserved.users ?? []).map(userOf),
    creationTimestamp: reserved.creationTimestamp,
  };
}

function externalIpResource(ctx: CollectContext, ip: ExternalIp): ResourceInfo {
  const project = ctx.projectId;
  const fields = ipFields(project, ip);
  return gcpCloudService({
    name: fields.name,
    group: GROUP,
    type: TYPE,
    resourceId: fields.selfLink,
    account: project,
    regionCode: ctx.regions.add(fields.region),
    ipAddresses: fields.address ? [fields.address] : [],
    externalLink: `https://console.cloud.google.com/networking/addresses/list?project=${project}`,
    data: externalIpData(project, fields),
    metadata: externalIpAddressDefinition.metadata,
  });
}
