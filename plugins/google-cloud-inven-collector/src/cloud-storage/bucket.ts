import type { storage_v1 } from '@googleapis/storage';
import { listPages } from '../collect/google-pages';
import { defineType } from '../collect/define-type';
import { globalScope, shapePages } from '../collect/shape-pages';
import { gcpCloudService, googleCloudLogging, googleCloudMonitoring, labelsOf } from '../gcp-resource';

const GROUP = 'CloudStorage';
const TYPE = 'Bucket';

/** Cloud Storage buckets of the project (`buckets.list`); a multi-region location is region `global`. */
export const bucketDefinition = defineType({
  group: GROUP,
  name: TYPE,
  api: 'storage.googleapis.com',
  serviceCode: 'Cloud Storage',
  labels: ['Storage', 'Volume'],
  icon: 'Cloud_Storage.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Location Type', key: 'data.location.location_type', type: 'enum' },
    { name: 'Location', key: 'data.location.location_display' },
    { name: 'Default Storage Class', key: 'data.default_storage_class', type: 'enum' },
    { name: 'Public Access', key: 'data.public_access', type: 'enum' },
    { name: 'Access Control', key: 'data.access_control', type: 'enum' },
    { name: 'Creation Time', key: 'data.creation_timestamp', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
  ],
  collect(ctx) {
    const pages = listPages<storage_v1.Schema$Bucket>(ctx.session, (pageToken, o) =>
      ctx.session.storage.buckets.list({ project: ctx.projectId, pageToken, maxResults: 1000 }, o),
    );
    return shapePages(
      globalScope(pages),
      (bucket) => {
        const name = bucket.name ?? '';
        const regional = bucket.locationType === 'region';
        const region = regional ? (bucket.location ?? '').toLowerCase() : 'global';
        return gcpCloudService({
          name,
          group: GROUP,
          type: TYPE,
          resourceId: bucket.selfLink ?? `https://www.googleapis.com/storage/v1/b/${name}`,
          account: ctx.projectId,
          regionCode: ctx.regions.add(region),
          tags: labelsOf(bucket.labels),
          launchedAt: bucket.timeCreated ?? undefined,
          externalLink: `https://console.cloud.google.com/storage/browser/${name}?project=${ctx.projectId}`,
          data: {
            ...bucket,
            location: {
              location: bucket.location ?? '',
              location_type: regional
                ? 'Region'
                : bucket.locationType === 'dual-region'
                  ? 'Dual-region'
                  : 'Multi-region',
              location_display: bucket.location ?? '',
            },
            default_storage_class: (bucket.storageClass ?? '').replace(/^./, (c) => c.toUpperCase()),
            access_control: bucket.iamConfiguration?.uniformBucketLevelAccess?.enabled ? 'Uniform' : 'Fine-grained',
            public_access:
              bucket.iamConfiguration?.publicAccessPrevention === 'enforced' ? 'Not public' : 'Subject to object ACLs',
            creation_timestamp: bucket.timeCreated ?? '',
            labels: labelsOf(bucket.labels),
            google_cloud_monitoring: googleCloudMonitoring(ctx.projectId, 'storage.googleapis.com/storage', name, [
              { key: 'resource.labels.bucket_name', value: name },
            ]),
            google_cloud_logging: googleCloudLogging(ctx.projectId, 'gcs_bucket', 'resource.labels.bucket_name', name),
          },
          metadata: bucketDefinition.metadata,
        });
      },
      { group: GROUP, type: TYPE, idOf: (b) => b.name },
    );
  },
});
