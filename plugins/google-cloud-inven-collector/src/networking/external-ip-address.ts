import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type Scoped } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { gcpCloudService, lastSegment, segmentAfter } from '../gcp-resource';

const GROUP = 'Networking';
const TYPE = 'ExternalIPAddress';

/**
 * Reserved external addresses (`addresses.aggregatedList`, regional and global). Upstream also lists
 * the ephemeral external IPs of instances and forwarding rules; this version lists the reserved ones (README).
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
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect(ctx) {
    const unreachable: { scope: string; message: string }[] = [];
    const pages = aggregatedPages<compute_v1.Schema$Address>(
      ctx.session,
      'addresses',
      (pageToken, o) =>
        ctx.session.compute.addresses.aggregatedList(
          { project: ctx.projectId, pageToken, maxResults: 500, returnPartialSuccess: true },
          o,
        ),
      (scope, message) => unreachable.push({ scope, message }),
    );
    return shapePages(
      externalOnly(pages),
      (address, scope) => {
        const region = scope === 'global' ? 'global' : segmentAfter(`/${scope}`, 'regions');
        return gcpCloudService({
          name: address.name ?? '',
          group: GROUP,
          type: TYPE,
          resourceId: address.selfLink ?? '',
          account: ctx.projectId,
          regionCode: ctx.regions.add(region),
          ipAddresses: address.address ? [address.address] : [],
          externalLink: `https://console.cloud.google.com/networking/addresses/list?project=${ctx.projectId}`,
          data: {
            ...address,
            region,
            is_ephemeral: 'Static',
            ip_version_display: address.ipVersion === 'IPV6' ? 'IPv6' : 'IPv4',
            network_tier_display: address.networkTier === 'STANDARD' ? 'Standard' : 'Premium',
            used_by: (address.users ?? []).map(lastSegment),
            creation_timestamp: address.creationTimestamp ?? '',
          },
          metadata: externalIpAddressDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (a) => a.id },
      unreachable,
    );
  },
});

async function* externalOnly(pages: AsyncIterable<Scoped<compute_v1.Schema$Address>[]>) {
  for await (const page of pages) yield page.filter(({ item }) => item.addressType !== 'INTERNAL');
}
