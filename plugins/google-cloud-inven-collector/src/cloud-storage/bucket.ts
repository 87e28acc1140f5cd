import type { storage_v1 } from '@googleapis/storage';
import type { Field } from '@cloudforet/plugin-core';
import { googleErrorText } from '@cloudforet/plugin-core/google';
import type { CollectContext } from '../collect/collect-context';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { outlineBadges, badges, states, COUNT_WIDGETS } from '../collect/view-options';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, labelsOf } from '../gcp-resource';
import { bucketData, bucketRegion, type BucketPolicy } from './bucket-data';
import { bucketStorage } from './bucket-storage';
import { TRUE_FALSE_BADGES } from '../compute-engine/compute-badges';
import { LABELS_TAB } from '../compute-engine/detail-tabs';

const GROUP = 'CloudStorage';
const TYPE = 'Bucket';

type Bucket = storage_v1.Schema$Bucket;

// columns of upstream's table that its Configurations and Retention tabs repeat
const LOCATION_TYPE: Field = { name: 'Location Type', key: 'data.location.location_type' };
const LOCATION: Field = { name: 'Location', key: 'data.location.location_display' };
const STORAGE_CLASS: Field = {
  name: 'Default Storage Class',
  key: 'data.default_storage_class',
  type: 'enum',
  options: outlineBadges(['Standard', 'Nearline', 'Coldline', 'Archive']),
};
const PUBLIC_ACCESS: Field = {
  name: 'Public Access',
  key: 'data.public_access',
  type: 'enum',
  options: states({
    safe: ['Subject to object ACLs', 'Not public'],
    warning: ['Not authorized'],
    alert: ['Public to internet'],
  }),
};
const OBJECT_COUNT: Field = { name: 'Object Total Counts', key: 'data.object_count' };
const OBJECT_SIZE: Field = { name: 'Object Size', key: 'data.object_total_size', type: 'size' };
const ACCESS_CONTROL: Field = { name: 'Access Control', key: 'data.access_control' };
const REQUESTER_PAYS: Field = {
  name: 'Requester Pays',
  key: 'data.requester_pays',
  type: 'enum',
  options: badges({ 'indigo.500': ['OFF'], 'coral.600': ['ON'] }),
};
const LINK_URL: Field = { name: 'Link URL', key: 'data.links.link_url' };
const GSUTIL_LINK: Field = { name: 'Link for gsutil', key: 'data.links.gsutil_link' };
const RETENTION_PERIOD = (name: string): Field => ({ name, key: 'data.retention_policy_display' });

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
    LOCATION_TYPE,
    LOCATION,
    STORAGE_CLASS,
    PUBLIC_ACCESS,
    OBJECT_COUNT,
    OBJECT_SIZE,
    ACCESS_CONTROL,
    { name: 'Lifecycle rules', key: 'data.lifecycle_rule.lifecycle_rule_display' },
    REQUESTER_PAYS,
    RETENTION_PERIOD('Retention Policy'),
    { name: 'Encryption', key: 'data.encryption' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
    { ...LINK_URL, options: { is_optional: true } },
    { ...GSUTIL_LINK, options: { is_optional: true } },
    { ...RETENTION_PERIOD('Retention Period'), options: { is_optional: true } },
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
  details: [
    {
      name: 'Configurations',
      type: 'item',
      fields: [
        LOCATION_TYPE,
        LOCATION,
        STORAGE_CLASS,
        { name: 'Encryption Type', key: 'data.encryption' },
        OBJECT_COUNT,
        OBJECT_SIZE,
        PUBLIC_ACCESS,
        REQUESTER_PAYS,
        ACCESS_CONTROL,
        LINK_URL,
        GSUTIL_LINK,
        { name: 'Created', key: 'data.creation_timestamp', type: 'datetime' },
        { name: 'Updated', key: 'data.update_timestamp', type: 'datetime' },
      ],
    },
    {
      name: 'Permission',
      type: 'list',
      layouts: [
        // upstream's Public Access here is plain text, unlike the Configurations tab's
        {
          name: 'Details',
          type: 'item',
          fields: [{ name: 'Public Access', key: 'data.public_access' }, ACCESS_CONTROL],
        },
        {
          name: 'Permissions Member',
          type: 'simple-table',
          rootPath: 'data.iam_policy_binding',
          fields: [
            { name: 'Member', key: 'member' },
            { name: 'role', key: 'role' },
          ],
        },
      ],
    },
    {
      name: 'Retention',
      type: 'item',
      fields: [
        RETENTION_PERIOD('Retention Period'),
        { name: 'Lock Status', key: 'data.retention_policy.is_locked', type: 'enum', options: TRUE_FALSE_BADGES },
        { name: 'Effective Date', key: 'data.retention_policy.effective_time', type: 'datetime' },
        {
          name: 'Default Event-Based Hold Option',
          key: 'data.default_event_based_hold',
          type: 'enum',
          options: badges({ 'indigo.500': ['Enabled'], 'coral.600': ['Disabled'] }),
        },
      ],
    },
    {
      name: 'Lifecycle',
      type: 'table',
      rootPath: 'data.lifecycle_rule.rule',
      fields: [
        { name: 'Action', key: 'action_display' },
        { name: 'Object Condition', key: 'condition_display' },
      ],
    },
    LABELS_TAB,
  ],
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
