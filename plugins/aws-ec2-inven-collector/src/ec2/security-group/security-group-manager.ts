import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsCloudService, cloudtrail, tagsOf } from '../aws-resource';
import { PROTOCOL_NAMES, type RegionContext } from '../region-context';

export const GROUP = 'EC2';
export const TYPE = 'SecurityGroup';

/** A security group: the API's fields plus one display row per rule and remote, with the vulnerable ports it opens. */
export function securityGroupResource(
  group: SecurityGroup,
  { region, accountId, options }: Pick<RegionContext, 'region' | 'accountId' | 'options'>,
): ResourceInfo {
  const id = group.GroupId!;
  return awsCloudService({
    name: group.GroupName ?? '',
    group: GROUP,
    type: TYPE,
    resourceId: id,
    account: accountId,
    regionCode: region,
    tags: tagsOf(group.Tags),
    externalLink: `https://console.aws.amazon.com/ec2/v2/home?region=${region}#SecurityGroups:group-id=${id}`,
    data: {
      ...group,
      ip_permissions: rows(group.IpPermissions ?? [], options.vulnerablePorts),
      ip_permissions_egress: rows(group.IpPermissionsEgress ?? []),
      cloudtrail: cloudtrail(region, 'AWS::EC2::SecurityGroup', id),
    },
  });
}

function rows(rules: IpPermission[], vulnerablePorts?: number[]) {
  return rules.flatMap((rule) => {
    const remotes = [
      ...(rule.IpRanges ?? []).map((r) => ['ip_ranges', r, r.CidrIp] as const),
      ...(rule.UserIdGroupPairs ?? []).map((r) => ['user_id_group_pairs', r, r.GroupId] as const),
      ...(rule.Ipv6Ranges ?? []).map((r) => ['ipv6_ranges', r, r.CidrIpv6] as const),
      ...(rule.PrefixListIds ?? []).map((r) => ['prefix_list_ids', r, r.PrefixListId] as const),
    ];
    return remotes.map(([kind, remote, source]) => {
      const protocol = rule.IpProtocol ?? '';
      const row: Record<string, unknown> = {
        ...rule,
        protocol_display: PROTOCOL_NAMES[protocol] ?? protocol,
        port_display: portDisplay(rule),
        source_display: source ?? '',
        description_display: remote.Description ?? '',
        [kind]: remote,
      };
      if (vulnerablePorts && vulnerablePorts.length > 0) {
        const ports = opened(rule, vulnerablePorts);
        Object.assign(row, { vulnerable_ports: ports, detected_vulnerable_ports: ports.length > 0 });
      }
      return row;
    });
  });
}

function portDisplay(rule: IpPermission): string {
  const { IpProtocol: p, FromPort: from, ToPort: to } = rule;
  if (p === '-1' || p === 'icmp') return 'ALL';
  if (p !== 'tcp' && p !== 'udp') return '';
  if (from === 0 && to === 65535) return 'ALL';
  if (from === to) return `${from}`;
  return from !== undefined && to !== undefined ? `${from} - ${to}` : '';
}

function opened(rule: IpPermission, ports: number[]): number[] {
  if (rule.IpProtocol === '-1') return ports;
  if (rule.IpProtocol !== 'tcp' && rule.IpProtocol !== 'udp') return [];
  return ports.filter((port) => port >= (rule.FromPort ?? 0) && port <= (rule.ToPort ?? -1));
}
