import type { compute_v1 } from '@googleapis/compute';
import { orNull, segmentAfter, optional } from '../gcp-resource';
import { rowsOn, type RowsByNetwork } from './applicable-instances';

type Firewall = compute_v1.Schema$Firewall;

const entries = (list: compute_v1.Schema$Firewall['allowed']) =>
  list?.map((e) => ({ ip_protocol: orNull(e.IPProtocol), ports: orNull(e.ports) }));

/** The rule's own keys under upstream's Firewall model names (shared by a network's `firewall_data`). */
export function firewallFields(f: Firewall) {
  return {
    id: orNull(f.id),
    name: orNull(f.name),
    description: orNull(f.description),
    network: orNull(f.network),
    priority: orNull(f.priority),
    direction: orNull(f.direction),
    ...optional('source_ranges', f.sourceRanges),
    ...optional('destination_ranges', f.destinationRanges),
    ...optional('source_tags', f.sourceTags),
    ...optional('target_tags', f.targetTags),
    ...optional('source_service_accounts', f.sourceServiceAccounts),
    ...optional('target_service_accounts', f.targetServiceAccounts),
    ...optional('allowed', entries(f.allowed)),
    ...optional('denied', entries(f.denied)),
    ...optional('disabled', f.disabled),
    ...optional(
      'log_config',
      f.logConfig && { ...optional('enable', f.logConfig.enable), ...optional('metadata', f.logConfig.metadata) },
    ),
    self_link: orNull(f.selfLink),
    creation_timestamp: orNull(f.creationTimestamp),
  };
}

/** Upstream's display pieces: `<protocol>: <port>` of each port of the allowed (else denied) entries, … */
export function firewallDisplay(f: Firewall) {
  const allows = !!f.allowed;
  return {
    target_display: f.targetTags?.length ? f.targetTags : ['Apply to all'],
    filter: `IP ranges: ${(f.sourceRanges ?? []).join(', ')}`,
    protocols_port: ((allows ? f.allowed : f.denied) ?? []).flatMap((e) =>
      (e.ports ?? []).map((port) => `${e.IPProtocol ?? ''}: ${port}`),
    ),
    action: allows ? 'Allow' : 'Deny',
    logs: f.logConfig?.enable ? 'On' : 'Off',
  };
}

export const directionDisplay = (f: Firewall) => (f.direction === 'INGRESS' ? 'Ingress' : 'Egress');

/** `data` of a Firewall: upstream's model, with the instances that have an interface on its network. */
export function firewallData(f: Firewall, project: string, rows: RowsByNetwork) {
  const applicable = rowsOn(rows, f.network);
  const { target_display, filter, protocols_port, action, logs } = firewallDisplay(f);
  return {
    ...firewallFields(f),
    project,
    applicable_instance: applicable,
    display: {
      enforcement: f.disabled ? 'Disabled' : 'Enabled',
      network_display: segmentAfter(f.network, 'networks'),
      direction_display: directionDisplay(f),
      target_display,
      filter,
      protocols_port,
      action,
      logs,
      affected_instance_count: applicable.length,
    },
  };
}
