import type { compute_v1 } from '@googleapis/compute';
import { pyFloatRepr } from '@cloudforet/plugin-core';
import { lastSegment, optional, orNull, regionOfZone, segmentAfter } from '../gcp-resource';

type Manager = compute_v1.Schema$InstanceGroupManager;
type Autoscaler = compute_v1.Schema$Autoscaler;
type Template = compute_v1.Schema$InstanceTemplate;
type Dict = Record<string, unknown>;

/** A nested model: its shape, or `null` when the API left it out. */
const model = <T>(value: T | null | undefined, shape: (v: T) => Dict): Dict | null =>
  value === undefined || value === null ? null : shape(value);

const targetSize = (t: compute_v1.Schema$FixedOrPercent): Dict => ({
  ...optional('fixed', t.fixed),
  ...optional('percent', t.percent),
  ...optional('calculated', t.calculated),
});

const namedPort = (p: compute_v1.Schema$NamedPort): Dict => ({ name: orNull(p.name), port: orNull(p.port) });

function autoscalingPolicy(p: compute_v1.Schema$AutoscalingPolicy): Dict {
  return {
    min_num_replicas: orNull(p.minNumReplicas),
    max_num_replicas: orNull(p.maxNumReplicas),
    ...optional(
      'scaler_in_control',
      model(p.scaleInControl, (c) => ({
        max_scaled_in_replicas: model(c.maxScaledInReplicas, targetSize),
        time_window_sec: orNull(c.timeWindowSec),
      })),
    ),
    cool_down_period_sec: orNull(p.coolDownPeriodSec),
    cpu_utilization: model(p.cpuUtilization, (c) => ({ utilization_target: orNull(c.utilizationTarget) })),
    ...optional(
      'custom_metric_utilizations',
      p.customMetricUtilizations?.map((m) => ({
        ...optional('metric', m.metric),
        ...optional('filter', m.filter),
        ...optional('utilization_target_type', m.utilizationTargetType),
        utilization_target: orNull(m.utilizationTarget),
        ...optional('single_instance_assignment', m.singleInstanceAssignment),
      })),
    ),
    ...optional(
      'loadbalancing_utilization',
      model(p.loadBalancingUtilization, (l) => ({ utilization_target: orNull(l.utilizationTarget) })),
    ),
    mode: orNull(p.mode),
  };
}

export function autoscalerData(a: Autoscaler): Dict {
  return {
    id: orNull(a.id),
    name: orNull(a.name),
    kind: orNull(a.kind),
    recommended_size: orNull(a.recommendedSize),
    description: a.description ?? '',
    ...optional('target', a.target),
    autoscaling_policy: model(a.autoscalingPolicy, autoscalingPolicy),
    ...optional('zone', a.zone),
    ...optional('region', a.region),
    self_link: orNull(a.selfLink),
    status: orNull(a.status),
    ...optional(
      'status_details',
      a.statusDetails?.map((d) => ({ message: orNull(d.message), type: orNull(d.type) })),
    ),
    creation_timestamp: orNull(a.creationTimestamp),
  };
}

export function templateData(t: Template): Dict {
  return {
    id: orNull(t.id),
    name: orNull(t.name),
    kind: orNull(t.kind),
    self_link: orNull(t.selfLink),
    ...optional('source_instance', t.sourceInstance),
    description: t.description ?? '',
    creation_timestamp: orNull(t.creationTimestamp),
  };
}

/** The manager as upstream sends it; its `statefulPolicy` replaced by the preserved disks as `{key, value}` rows. */
export function managerData(m: Manager): Dict {
  const size = (s: compute_v1.Schema$FixedOrPercent | undefined) => model(s, targetSize);
  const disks = Object.entries(m.statefulPolicy?.preservedState?.disks ?? {}).map(([key, value]) => ({ key, value }));
  return {
    id: orNull(m.id),
    name: orNull(m.name),
    description: m.description ?? '',
    zone: orNull(m.zone),
    ...optional(
      'distribution_policy',
      model(m.distributionPolicy, (d) => ({ zones: d.zones?.map((z) => ({ zone: orNull(z.zone) })) ?? null })),
    ),
    instance_template: orNull(m.instanceTemplate),
    instance_group: orNull(m.instanceGroup),
    ...optional('target_pools', m.targetPools),
    fingerprint: orNull(m.fingerprint),
    current_actions: model(m.currentActions, (c) => ({
      none: orNull(c.none),
      creating: orNull(c.creating),
      creating_without_retries: orNull(c.creatingWithoutRetries),
      verifying: orNull(c.verifying),
      recreating: orNull(c.recreating),
      deleting: orNull(c.deleting),
      abandoning: orNull(c.abandoning),
      restarting: orNull(c.restarting),
      refreshing: orNull(c.refreshing),
    })),
    status: model(m.status, (s) => ({
      is_stable: orNull(s.isStable),
      version_target: model(s.versionTarget, (v) => ({ is_reached: orNull(v.isReached) })),
      stateful: model(s.stateful, (st) => ({
        has_stateful_config: orNull(st.hasStatefulConfig),
        per_instance_configs: model(st.perInstanceConfigs, (p) => ({ all_effective: orNull(p.allEffective) })),
      })),
      autoscaler: orNull(s.autoscaler),
    })),
    target_size: orNull(m.targetSize),
    self_link: orNull(m.selfLink),
    auto_healing_policies:
      m.autoHealingPolicies?.map((h) => ({
        health_check: orNull(h.healthCheck),
        initial_delay_sec: orNull(h.initialDelaySec),
      })) ?? null,
    ...optional(
      'update_policy',
      model(m.updatePolicy, (u) => ({
        type: orNull(u.type),
        instance_redistribution_type: orNull(u.instanceRedistributionType),
        minimal_action: orNull(u.minimalAction),
        // upstream's model reads these under their snake_case names, which the API never uses
        max_surge: null,
        max_unavailable: null,
        replacement_method: orNull(u.replacementMethod),
      })),
    ),
    ...optional('named_ports', m.namedPorts?.map(namedPort)),
    stateful_policy: { preserved_state: { disks } },
    base_instance_name: orNull(m.baseInstanceName),
    versions:
      m.versions?.map((v) => ({
        ...optional('name', v.name),
        instanceTemplate: orNull(v.instanceTemplate),
        target_size: size(v.targetSize),
      })) ?? null,
    creation_timestamp: orNull(m.creationTimestamp),
  };
}

/** `data.autoscaling_display`: `<mode>: Target CPU utilization 60.0%, …` as upstream words it ('' without a target). */
export function autoscalingDisplay(policy: compute_v1.Schema$AutoscalingPolicy | undefined): string {
  const p = policy ?? {};
  const targets: string[] = [];
  const percent = (x: number | null | undefined) => pyFloatRepr((x ?? 0) * 100);
  if (p.cpuUtilization) targets.push(`CPU utilization ${percent(p.cpuUtilization.utilizationTarget)}%`);
  if (p.loadBalancingUtilization)
    targets.push(`LB capacity fraction ${percent(p.loadBalancingUtilization.utilizationTarget)}%`);
  for (const m of p.customMetricUtilizations ?? []) {
    const unit = { DELTA_PER_SECOND: '/s', DELTA_PER_MINUTE: '/m' }[m.utilizationTargetType ?? ''] ?? '';
    const target =
      m.utilizationTarget === undefined || m.utilizationTarget === null ? '' : pyFloatRepr(m.utilizationTarget);
    targets.push(`${m.metric ?? ''} ${target}${unit}`);
  }
  return targets.length ? `${p.mode ?? 'None'}: Target ${targets.join(', ')}` : '';
}

/** Where the group is: `{region, zone}` for the table (zone '' for a regional group), and its region. */
export function groupLocation(group: compute_v1.Schema$InstanceGroup): { region: string; zone: string } {
  const zone = lastSegment(group.zone);
  return zone ? { region: regionOfZone(zone), zone } : { region: segmentAfter(group.region, 'regions'), zone: '' };
}

/** `data.power_scheduler`: the group's kind of location and type, and its autoscaler's sizes. */
export function powerScheduler(
  group: compute_v1.Schema$InstanceGroup,
  instanceGroupType: string,
  autoscaler: Autoscaler | undefined,
): Dict {
  const policy = autoscaler?.autoscalingPolicy;
  return {
    type: group.zone ? 'zone' : 'region',
    instance_group_type: instanceGroupType,
    ...(policy && Object.keys(policy).length
      ? {
          recommend_size: autoscaler?.recommendedSize ?? 1,
          ...optional('origin_min_size', policy.minNumReplicas),
          ...optional('origin_max_size', policy.maxNumReplicas),
          ...optional('mode', policy.mode),
        }
      : {}),
  };
}

/** A member row of `data.instances`. */
export function memberData(m: compute_v1.Schema$InstanceWithNamedPorts): Dict {
  return {
    name: lastSegment(m.instance),
    instance: orNull(m.instance),
    status: orNull(m.status),
    name_ports: (m.namedPorts ?? []).map(namedPort),
  };
}
