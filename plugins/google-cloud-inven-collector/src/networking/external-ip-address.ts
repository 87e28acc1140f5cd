import type { compute_v1 } from '@googleapis/compute';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages, askedEarly, type Scoped } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { gcpCloudService, lastSegment, regionOfZone, segmentAfter } from '../gcp-resource';

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

function externalIpResource(ctx: CollectContext, ip: ExternalIp): ResourceInfo {
  const project = ctx.projectId;
  const listLink = `https://console.cloud.google.com/networking/addresses/list?project=${project}`;
  let name: string;
  let address: string;
  let region: string;
  let selfLink: string;
  let data: Record<string, unknown>;
  if (ip.source === 'instance') {
    const instance = ip.item;
    const zone = lastSegment(instance.zone);
    address = ip.nat.natIP ?? '';
    region = regionOfZone(zone);
    name = address;
    selfLink = `https://console.cloud.google.com/networking/addresses/project=${project}/zone=${zone}/ip_address/${address}`;
    data = {
      id: instance.id ?? '',
      name,
      address,
      zone,
      region,
      address_type: 'EXTERNAL',
      is_ephemeral: 'Ephemeral',
      network_tier: ip.nat.networkTier ?? '',
      status: 'IN_USE',
      users: [instance.selfLink ?? ''],
      used_by: [`Vm Instance ${instance.name} (${zone})`],
      self_link: selfLink,
      creation_timestamp: instance.creationTimestamp ?? '',
    };
  } else if (ip.source === 'rule') {
    const rule = ip.item;
    address = rule.IPAddress ?? '';
    region = rule.region ? lastSegment(rule.region) : 'global';
    name = rule.name ?? '';
    selfLink = rule.selfLink ?? '';
    data = {
      ...rule,
      address,
      address_type: rule.loadBalancingScheme,
      is_ephemeral: 'Ephemeral',
      region,
      status: 'IN_USE',
      users: [selfLink],
      used_by: [`Forwarding rule ${rule.name}`],
      self_link: selfLink,
      creation_timestamp: rule.creationTimestamp ?? '',
    };
  } else {
    const reserved = ip.item;
    address = reserved.address ?? '';
    region = ip.scope === 'global' ? 'global' : segmentAfter(`/${ip.scope}`, 'regions');
    name = reserved.name ?? '';
    selfLink = reserved.selfLink ?? '';
    data = {
      ...reserved,
      region,
      is_ephemeral: 'Static',
      used_by: (reserved.users ?? []).map(userOf),
      self_link: selfLink,
      creation_timestamp: reserved.creationTimestamp ?? '',
    };
  }
  const tier = (data.network_tier ?? data.networkTier) as string | undefined;
  return gcpCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: selfLink,
    account: project,
    regionCode: ctx.regions.add(region),
    ipAddresses: address ? [address] : [],
    externalLink: listLink,
    data: {
      ...data,
      project,
      ip_version_display: ipVersion(address),
      network_tier_display: capitalized(tier),
      status_display: titled(String(data.status ?? '')),
    },
    metadata: externalIpAddressDefinition.metadata,
  });
}
