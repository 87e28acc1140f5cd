import type { storage_v1 } from '@googleapis/storage';
import { googleCloudLogging, labelsOf, orNull, pyCapitalize, optional } from '../gcp-resource';
import { regionName } from '../region-info';
import type { BucketStorage } from './bucket-storage';

type Bucket = storage_v1.Schema$Bucket;
type Policy = storage_v1.Schema$Policy;
type Rule = NonNullable<NonNullable<Bucket['lifecycle']>['rule']>[number];

/** A bucket's IAM policy as upstream keeps it: the policy, or `{error_flag: 'na'}` when it could not be read. */
export type BucketPolicy = Policy | { error_flag: 'na' };

const MULTI = ['multi-region', 'dual-region'];
const DUAL_REGIONS: Record<string, string> = {
  nam4: '(lowa and South Carolina)',
  eur4: '(Netherlands and Finland)',
  asia1: '(Tokyo and Osaka)',
};

/** The bucket's region code: a multi- or dual-region bucket is `global`, else its location. */
export function bucketRegion(b: Bucket): string {
  return MULTI.includes(b.locationType ?? '') ? 'global' : (b.location ?? '').toLowerCase();
}

function location(b: Bucket) {
  const where = (b.location ?? '').toLowerCase();
  const type = b.locationType ?? '';
  const display =
    type === 'multi-region'
      ? `${where} (Multiple Regions in ${pyCapitalize(where)})`
      : type === 'dual-region'
        ? `${where} ${DUAL_REGIONS[where] ?? ''}`
        : `${where} | ${regionName(where)}`;
  return { location: where, location_type: pyCapitalize(type), location_display: display };
}

function publicAccess(b: Bucket, policy: BucketPolicy): string {
  const iam = b.iamConfiguration;
  if (!iam?.bucketPolicyOnly?.enabled && !iam?.uniformBucketLevelAccess?.enabled) return 'Subject to object ACLs';
  if ('error_flag' in policy) return 'Not Authorized';
  const members = (policy.bindings ?? []).flatMap((x) => x.members ?? []);
  return members.includes('allUsers') || members.includes('allAuthenticatedUsers')
    ? 'Public to internet'
    : 'Not public';
}

/** `2025-03-01` → `March 02, 2025`: the day after, as upstream words a date condition. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return `${month} ${String(d.getUTCDate()).padStart(2, '0')}, ${d.getUTCFullYear()}`;
}

const className = (c: string) => c.split('_').map(pyCapitalize).join(' ');

function conditionDisplay(c: NonNullable<Rule['condition']>): string {
  if (c.customTimeBefore) return `Object's custom time is on or before ${dayAfter(c.customTimeBefore)}`;
  if (c.daysSinceCustomTime != null) return `${c.daysSinceCustomTime}+ days since object's custom time`;
  if (c.matchesStorageClass) return `Storage Class matches ${c.matchesStorageClass.map(className).join(', ')}`;
  if (c.age != null) return `${c.age}+ days since object was updated`;
  if (c.numNewerVersions != null) return `${c.numNewerVersions}+ newer versions`;
  if (c.daysSinceNoncurrentTime != null) return `${c.daysSinceNoncurrentTime}+ days since object became noncurrent`;
  if (c.createdBefore) return `Created on or before ${dayAfter(c.createdBefore)}`;
  if (c.isLive != null) return `Object is ${c.isLive ? 'live' : 'noncurrent'}`;
  if (c.noncurrentTimeBefore) return `Object became noncurrent on or before ${dayAfter(c.noncurrentTimeBefore)}`;
  return '';
}

function rule(r: Rule) {
  const a = r.action ?? {};
  const c = r.condition ?? {};
  const setClass = a.type === 'SetStorageClass';
  return {
    action: { ...optional('type', a.type), ...optional('storage_class', a.storageClass) },
    action_display: setClass ? `Set to ${pyCapitalize(a.storageClass ?? '')}` : 'Delete object',
    condition: {
      ...optional('age', c.age),
      ...optional('created_before', c.createdBefore),
      ...optional('custom_time_before', c.customTimeBefore),
      ...optional('days_since_custom_time', c.daysSinceCustomTime),
      ...optional('days_since_non_current_time', c.daysSinceNoncurrentTime),
      ...optional('is_live', c.isLive),
      ...optional('matches_storage_class', c.matchesStorageClass),
      ...optional('non_current_time_before', c.noncurrentTimeBefore),
      ...optional('num_newer_versions', c.numNewerVersions),
    },
    condition_display: conditionDisplay(c),
  };
}

function lifecycle(b: Bucket) {
  const rules = b.lifecycle?.rule ?? [];
  const display = rules.length === 0 ? 'None' : rules.length === 1 ? '1 rule' : `${rules.length} rules`;
  return { lifecycle_rule_display: display, rule: rules.map(rule) };
}

function retentionDisplay(b: Bucket): string {
  if (!b.retentionPolicy) return '';
  const days = Number(b.retentionPolicy.retentionPeriod ?? 0) / 86400;
  return days < 91 ? `${Math.trunc(days)} days` : `${Math.trunc(days / 31)} months`;
}

const team = (t: { projectNumber?: string | null; team?: string | null } | null | undefined) =>
  t && { project_number: orNull(t.projectNumber), team: orNull(t.team) };

const access = (a: { enabled?: boolean | null; lockedTime?: string | null } | null | undefined) =>
  a && { ...optional('enabled', a.enabled), ...optional('locked_time', a.lockedTime) };

function iamPolicy(policy: BucketPolicy) {
  const p: Policy & { error_flag?: string } = policy;
  return {
    version: orNull(p.version),
    kind: orNull(p.kind),
    resource_id: orNull(p.resourceId),
    bindings: (p.bindings ?? []).map((x) => ({
      role: orNull(x.role),
      members: orNull(x.members),
      ...optional(
        'condition',
        x.condition && {
          title: orNull(x.condition.title),
          description: orNull(x.condition.description),
          expression: orNull(x.condition.expression),
        },
      ),
    })),
    ...optional('etag', p.etag),
    ...optional('error_flag', p.error_flag),
  };
}

/** `data` of a Bucket: upstream's Storage model (`size` is the stored bytes, as `object_total_size`). */
export function bucketData(b: Bucket, project: string, policy: BucketPolicy, storage: BucketStorage) {
  const name = b.name ?? '';
  const p: Policy = 'error_flag' in policy ? {} : policy;
  return {
    id: orNull(b.id),
    name,
    project,
    self_link: orNull(b.selfLink),
    google_cloud_logging: googleCloudLogging(project, 'gcs_bucket', 'resource.labels.bucket_name', name),
    links: { link_url: `https://console.cloud.google.com/storage/browser/${name}`, gsutil_link: `gs://${name}` },
    acl: (b.acl ?? []).map((a) => ({
      ...optional('bucket', a.bucket),
      ...optional('entity', a.entity),
      ...optional('etag', a.etag),
      ...optional('id', a.id),
      ...optional('kind', a.kind),
      ...optional('role', a.role),
      ...optional('self_link', a.selfLink),
      ...optional('project_team', team(a.projectTeam)),
    })),
    default_event_based_hold: b.defaultEventBasedHold ? 'Enabled' : 'Disabled',
    default_object_acl: (b.defaultObjectAcl ?? []).map((a) => ({
      ...optional('entity', a.entity),
      ...optional('etag', a.etag),
      ...optional('kind', a.kind),
      ...optional('role', a.role),
      ...optional('email', a.email),
      ...optional('project_team', team(a.projectTeam)),
    })),
    public_access: publicAccess(b, policy),
    access_control: b.iamConfiguration?.uniformBucketLevelAccess?.enabled ? 'Uniform' : 'Fine-grained',
    lifecycle_rule: lifecycle(b),
    ...optional(
      'retention_policy',
      b.retentionPolicy && {
        effective_time: orNull(b.retentionPolicy.effectiveTime),
        is_locked: orNull(b.retentionPolicy.isLocked),
        retention_period: b.retentionPolicy.retentionPeriod == null ? null : Number(b.retentionPolicy.retentionPeriod),
      },
    ),
    retention_policy_display: retentionDisplay(b),
    location: location(b),
    default_storage_class: pyCapitalize(b.storageClass ?? 'standard'),
    ...optional(
      'iam_configuration',
      b.iamConfiguration && {
        ...optional('bucket_policy_only', access(b.iamConfiguration.bucketPolicyOnly)),
        ...optional('uniform_bucket_level_access', access(b.iamConfiguration.uniformBucketLevelAccess)),
      },
    ),
    iam_policy: iamPolicy(policy),
    iam_policy_binding: (p.bindings ?? []).flatMap((x) =>
      (x.members ?? []).map((member) => ({ member, role: x.role ?? '' })),
    ),
    requester_pays: b.billing?.requesterPays ? 'ON' : 'OFF',
    object_count: storage.objectCount,
    object_total_size: storage.totalBytes,
    size: storage.totalBytes,
    labels: labelsOf(b.labels),
    encryption: b.encryption && Object.keys(b.encryption).length ? 'Customer-managed' : 'Google-managed',
    creation_timestamp: orNull(b.timeCreated),
    update_timestamp: orNull(b.updated),
  };
}
