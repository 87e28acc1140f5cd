import type { compute_v1 } from '@googleapis/compute';
import { cloudService, cloudServiceType, typeFailure } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { googleErrorText } from '@cloudforet/plugin-core/google';

export const PROVIDER = 'google_cloud';
export const ASSET_URL =
  'https://spaceone-custom-assets.s3.ap-northeast-2.amazonaws.com/console-assets/icons/cloud-services/google_cloud';

export type Label = { key: string; value: string };

/** GCP labels as upstream sends them everywhere: `[{key, value}]`. */
export function labelsOf(labels: Record<string, string> | null | undefined): Label[] {
  return Object.entries(labels ?? {}).map(([key, value]) => ({ key, value }));
}

// Upstream serializes `data` through schematics models: a key the API left out is sent as null,
// except the keys a model marks `serialize_when_none=False`, which are left out (`optional`).

/** A model field: the value, or null. */
export const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** A `serialize_when_none=False` field: `{key: value}`, or nothing when the value is absent. */
export const optional = (key: string, value: unknown): Record<string, unknown> =>
  value === undefined || value === null ? {} : { [key]: value };

/** Python's `str.capitalize()`: the first letter upper-case, the rest lower-case. */
export const pyCapitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

/** The last path segment of a resource URL (`…/zones/us-central1-a` → `us-central1-a`). */
export function lastSegment(url: string | null | undefined): string {
  return (url ?? '').split('/').pop() ?? '';
}

/** The value after `key` in a resource URL (`…/regions/us-east1/…`, 'regions' → `us-east1`). */
export function segmentAfter(url: string | null | undefined, key: string): string {
  const parts = (url ?? '').split('/');
  const at = parts.indexOf(key);
  return at >= 0 ? (parts[at + 1] ?? '') : '';
}

/** Upstream's zone → region: the first two dash-separated parts (`us-central1-a` → `us-central1`). */
export function regionOfZone(zone: string): string {
  const parts = zone.split('-');
  return parts.length >= 2 ? `${parts[0]}-${parts[1]}` : '';
}

/** `data.google_cloud_monitoring`: what the Cloud Monitoring data source queries for the resource. */
export function googleCloudMonitoring(projectId: string, metricType: string, resourceId: string, labels: Label[]) {
  return { name: `projects/${projectId}`, resource_id: resourceId, filters: [{ metric_type: metricType, labels }] };
}

/** `data.google_cloud_logging`: the console's Cloud Logging query for the resource. */
export function googleCloudLogging(projectId: string, resourceType: string, labelKey: string, resourceId: string) {
  return {
    name: `projects/${projectId}`,
    resource_id: resourceId,
    filters: [{ resource_type: resourceType, labels: [{ key: labelKey, value: resourceId }] }],
  };
}

/** A CloudServiceType of the collector (legacy dialect: `metadata` as a Struct). */
export function gcpCloudServiceType(input: Omit<Parameters<typeof cloudServiceType>[0], 'provider'>): ResourceInfo {
  return cloudServiceType({ ...input, provider: PROVIDER });
}

/**
 * A CloudService with upstream's content, matched without `account`. `data` and `metadata` travel
 * as JSON strings (`json_data`, `json_metadata`), which inventory parses into the same documents
 * upstream's Structs give: one string instead of a Struct tree per VM (README: deliberate differences).
 */
export function gcpCloudService(
  input: Omit<Parameters<typeof cloudService>[0], 'provider' | 'matchAccount' | 'format'>,
): ResourceInfo {
  const { metadata, ...rest } = input;
  const info = cloudService({ ...rest, provider: PROVIDER, matchAccount: false, format: 'json' });
  // A type's resources share one metadata document: its JSON is made once, not once per resource.
  if (metadata && info.resource) info.resource.json_metadata = metadataJson(metadata);
  return info;
}

const METADATA_JSON = new WeakMap<object, string>();

function metadataJson(metadata: Record<string, unknown>): string {
  let json = METADATA_JSON.get(metadata);
  if (json === undefined) METADATA_JSON.set(metadata, (json = JSON.stringify(metadata)));
  return json;
}

/** A failure of one type (in one zone or region, or of one resource): names group, type and where. */
export function gcpError(
  { group, type, where, resourceId }: { group: string; type: string; where?: string; resourceId?: string },
  what: string,
  error: unknown,
): ResourceInfo {
  const regionCode = where ? regionOfZone(where) || where : undefined;
  return typeFailure({ provider: PROVIDER, group, type, where, regionCode, resourceId }, what, googleErrorText(error));
}

/** Upstream's sizes in bytes from the API's GB strings (`'10'` → 10 GiB). */
export function gbToBytes(sizeGb: string | number | null | undefined): number {
  return Number(sizeGb ?? 0) * 1024 ** 3;
}

/** Upstream's encryption display of a disk or snapshot key: Google managed, Customer managed (KMS) or Customer supplied. */
export function encryptionType(key: compute_v1.Schema$CustomerEncryptionKey | null | undefined): string {
  if (!key) return 'Google managed';
  return key.kmsKeyName || key.kmsKeyServiceAccount ? 'Customer managed' : 'Customer supplied';
}

const IOPS: Record<string, [read: number, write: number, throughput: number]> = {
  'pd-standard': [0.75, 1.5, 0.12],
  'pd-balanced': [6, 6, 0.28],
  'pd-ssd': [30, 30, 0.48],
};

/** Upstream's estimated performance of a disk type and size in GB (0 for another type). */
export function estimatedPerformance(diskType: string | null | undefined, sizeGb: number) {
  const [read, write, throughput] = IOPS[diskType ?? ''] ?? [0, 0, 0];
  return {
    read_iops: sizeGb * read,
    write_iops: sizeGb * write,
    read_throughput: sizeGb * throughput,
    write_throughput: sizeGb * throughput,
  };
}

/** `scheduling` of an instance template or machine image as upstream words it. */
export function schedulingData(scheduling: compute_v1.Schema$Scheduling | undefined) {
  const onOff = (on: boolean | null | undefined) => (on ? 'On' : 'Off');
  return {
    on_host_maintenance: scheduling?.onHostMaintenance ?? 'MIGRATE',
    automatic_restart: onOff(scheduling?.automaticRestart),
    preemptibility: onOff(scheduling?.preemptible),
  };
}

/** `service_account`: the first service account, when there is one. */
export function serviceAccountData(accounts: compute_v1.Schema$ServiceAccount[] | undefined) {
  const first = accounts?.[0];
  return first ? { service_account: { email: first.email ?? '', scopes: first.scopes ?? [] } } : {};
}

/** The device keys of upstream's disk rows of an instance template or machine image (`size` in bytes). */
export function deviceKeys(disk: compute_v1.Schema$AttachedDisk, sizeGb: number) {
  return {
    device_index: orNull(disk.index),
    device: orNull(disk.deviceName),
    device_type: disk.type ?? '',
    device_mode: disk.mode ?? '',
    size: gbToBytes(sizeGb),
  };
}
