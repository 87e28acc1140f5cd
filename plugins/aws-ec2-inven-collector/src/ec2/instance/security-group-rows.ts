import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { PROTOCOL_NAMES } from '../region-context';

/** One row of an instance's `data.security_group`: a rule's direction, protocol, ports and one remote. */
export type SecurityGroupRow = Record<string, unknown>;

/** One row per rule and remote (CIDR, group, IPv6 range, prefix list), as upstream flattens them. */
export function securityGroupRows(groups: SecurityGroup[], vulnerablePorts: number[]): SecurityGroupRow[] {
  return groups.flatMap((g) => [
    ...rulesOf(g, 'inbound', g.IpPermissions ?? [], vulnerablePorts),
    ...rulesOf(g, 'outbound', g.IpPermissionsEgress ?? [], []),
  ]);
}

function rulesOf(
  group: SecurityGroup,
  direction: 'inbound' | 'outbound',
  rules: IpPermission[],
  vulnerablePorts: number[],
): SecurityGroupRow[] {
  return rules.flatMap((rule) => {
    const protocol = rule.IpProtocol ?? '';
    const base: Record<string, unknown> = {
      direction,
      protocol: PROTOCOL_NAMES[protocol] ?? protocol,
      security_group_name: group.GroupName ?? '',
      security_group_id: group.GroupId,
    };
    let range: [number, number] | undefined;
    if (protocol === '-1') {
      range = [0, 65535];
      Object.assign(base, { port_range_min: 0, port_range_max: 65535, port: '0 - 65535' });
    } else if (['tcp', 'udp', 'icmp'].includes(protocol)) {
      range = [rule.FromPort ?? 0, rule.ToPort ?? 0];
      Object.assign(base, {
        port_range_min: rule.FromPort,
        port_range_max: rule.ToPort,
        port: rule.FromPort === rule.ToPort ? rule.FromPort : `${rule.FromPort} - ${rule.ToPort}`,
      });
    }
    base.vulnerable_ports =
      range && protocol !== 'icmp' ? vulnerablePorts.filter((p) => p >= range[0] && p <= range[1]) : [];
    return [
      ...(rule.IpRanges ?? []).map((r) => ({
        ...base,
        remote_cidr: r.CidrIp,
        remote: r.CidrIp,
        description: r.Description ?? '',
      })),
      ...(rule.UserIdGroupPairs ?? []).map((r) => ({
        ...base,
        remote_id: r.GroupId,
        remote: r.GroupId,
        description: r.Description ?? '',
      })),
      ...(rule.Ipv6Ranges ?? []).map((r) => ({
        ...base,
        remote_id: r.CidrIpv6,
        remote: r.CidrIpv6,
        description: r.Description ?? '',
      })),
      ...(rule.PrefixListIds ?? []).map((r) => ({
        ...base,
        remote_id: r.PrefixListId,
        remote: r.PrefixListId,
        description: r.Description ?? '',
      })),
    ];
  });
}
