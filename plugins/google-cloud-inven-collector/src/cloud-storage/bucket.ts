import type { storage_v1 } from '@googleapis/storage';
import { googleErrorText } from '@cloudforet/plugin-core/google';
import type { CollectContext } from '../collect/collect-context';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { outlineBadges, badges, states, COUNT_WIDGETS } from '../collect/view-options';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, labelsOf } from '../gcp-resource';
import { bucketData, bucketRegion, type BucketPolicy } from './bucket-data';
import { bucketStorage } from './bucket-storage';

const GROUP = 'CloudStorage';
const TYPE = 'Bucket';

type Bucket = storage_v1.Schema$Bucket;

/**
 * Cloud Storage buckets of the project (`buckets.list`, `projection=full`) in upstream's data
 * layout, each with its IAM policy (`buckets.getIamPolicy`) and its object count and size (Cloud
 * Monitoring), the buckets of a page side by side; a multi- or dual-region location is region `global`.
 */
export const bucketDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'storage.googleapis.com',
  serviceCode: 'Cloud Storage',
  labels: ['Storage', 'Volume'],
  icon: 'Cloud_Storage.svg',
  isPrimary: true,
  isMajor: true,
  tags: { 'spaceone:display_name': 'CloudStorage' },
  fields: [
    { name: 'Name', key: 'data.name' },
    { name: 'Location Type', key: 'data.location.location_type' },
    { name: 'Location', key: 'data.location.location_display' },
    {
      name: 'Default Storage Class',
      key: 'data.default_storage_class',
      type: 'enum',
      options: outlineBadges(['Standard', 'Nearline', 'Coldline', 'Archive']),
    },
    {
      name: 'Public Access',
      key: 'data.public_access',
      type: 'enum',
      options: states({
        safe: ['Subject to object ACLs', 'Not public'],
        warning: ['Not authorized'],
        alert: ['Public to internet'],
      }),
    },
    { name: 'Object Total Counts', key: 'data.object_count' },
    { name: 'Object Size', key: 'data.object_total_size', type: 'size' },
    { name: 'Access Control', key: 'data.access_control' },
    { name: 'Lifecycle rules', key: 'data.lifecycle_rule.lifecycle_rule_display' },
    {
      name: 'Requester Pays',
      key: 'data.requester_pays',
      type: 'enum',
      options: badges({ 'indigo.500': ['OFF'], 'coral.600': ['ON'] }),
    },
    { name: 'Retention Policy', key: 'data.retention_policy_display' },
    { name: 'Encryption', key: 'data.encryption' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
    { name: 'Link URL', key: 'data.links.link_url', options: { is_optional: true } },
    { name: 'Link for gsutil', key: 'data.links.gsutil_link', options: { is_optional: true } },
    { name: 'Retention Period', key: 'data.retention_policy_display', options: { is_optional: true } },
  ],
  search: [
    { name: 'ID', key: 'data.id' },
    { name: 'Name', key: 'data.name' },
    { name: 'Location', key: 'data.location.location' },
    { name: 'Object Counts', key: 'data.object_count', dataType: 'integer' },
    { name: 'Object Total Size (Bytes)', key: 'data.object_total_size', dataType: 'integer' },
    { name: 'Creation Time', key: 'data.creation_timestamp', dataType: 'datetime' },
    { name: 'Update Time', key: 'data.update_timestamp', dataType: 'datetime' },
  ],
  widgets: COUNT_WIDGETS,
  collect(ctx) {
    const project = ctx.projectId;
    const pages = listPages<Bucket>(ctx.session, (pageToken, o) =>
      ctx.session.storage.buckets.list({ project, pageToken, maxResults: 1000, projection: 'full' }, o),
    );
    return shapePages(
      globalScope(withDetails(ctx, pages)),
      ({ bucket, policy, storage }) => {
        const name = bucket.name ?? '';
        return gcpCloudService({
          name,
          group: GROUP,
          type: TYPE,
          resourceId: bucket.selfLink ?? `https://www.googleapis.com/storage/v1/b/${name}`,
          account: project,
          regionCode: ctx.regions.add(bucketRegion(bucket)),
          tags: labelsOf(bucket.labels),
          instanceSize: storage.totalBytes,
          launchedAt: bucket.timeCreated ?? undefined,
          externalLink: `https://console.cloud.google.com/storage/browser/${name}?project=${project}`,
          data: bucketData(bucket, project, policy, storage),
          metadata: bucketDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: ({ bucket }) => bucket.name },
    );
  },
});

/**
 * Each page's buckets with their IAM policies and storage series; a policy that cannot be read is
 * upstream's `{error_flag: 'na'}`, a series that cannot be read is 0.
 */
async function* withDetails(ctx: CollectContext, pages: AsyncIterable<Bucket[]>) {
  for await (const page of pages)
    yield await Promise.all(
      page.map(async (bucket) => {
        const [policy, storage] = await Promise.all([policyOf(ctx, bucket), bucketStorage(ctx, bucket.name ?? '')]);
        return { bucket, policy, storage };
      }),
    );
}

async function policyOf(ctx: CollectContext, bucket: Bucket): Promise<BucketPolicy> {
  try {
    return await ctx.session.call((o) =>
      ctx.session.storage.buckets.getIamPolicy(
        { bucket: bucket.name ?? '', ...(bucket.billing?.requesterPays ? { userProject: ctx.projectId } : {}) },
        o,
      ),
    );
  } catch (error) {
    if (ctx.session.signal.aborted) throw error;
    ctx.log.warn({ bucket: bucket.name, error: googleErrorText(error) }, 'reading a bucket`s IAM policy failed');
    return { error_flag: 'na' };
  }
}
