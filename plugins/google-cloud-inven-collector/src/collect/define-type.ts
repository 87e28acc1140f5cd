import {
  detailLayout,
  typeMetadata,
  type DetailLayout,
  type Field,
  type SearchKey,
  type Widget,
} from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CollectorOptions } from '../collector-options';
import { gcpCloudServiceType } from '../gcp-resource';
import type { CloudServiceTypeDefinition, CollectContext, GoogleApi } from './collect-context';

export interface TypeSpec {
  group: string;
  name: string;
  api: GoogleApi;
  serviceCode: string;
  labels: string[];
  /** The icon file under the asset URL (`custom_asset_url` or Cloudforet's). */
  icon: string;
  isPrimary?: boolean;
  isMajor?: boolean;
  fields: Field[];
  /** Upstream's search keys when they are not the table's columns (`data_type` as its SearchField). */
  search?: SearchKey[];
  /** Tags beside the icon (upstream's `spaceone:display_name`). */
  tags?: Record<string, string>;
  widgets?: Widget[];
  /** The detail page's tabs (upstream's per-resource `metadata`). */
  details: DetailLayout[];
  collect(ctx: CollectContext): AsyncIterable<ResourceInfo>;
}

/**
 * A type of the collector: its CloudServiceType (with `service_code_mappers` and the asset URL
 * applied) and its collect; `metadata` is the per-resource view (the detail layouts).
 */
export function defineType(spec: TypeSpec): CloudServiceTypeDefinition & { metadata: Record<string, unknown> } {
  // Upstream's CloudServiceType metadata is the table, search and widgets only; the detail tabs go
  // with each resource.
  const {
    view: { sub_data: _noTabs, ...typeView },
  } = typeMetadata({ fields: spec.fields, search: spec.search, widgets: spec.widgets });
  const metadata = { view: { sub_data: { layouts: spec.details.map(detailLayout) } } };
  return {
    group: spec.group,
    name: spec.name,
    api: spec.api,
    metadata,
    cloudServiceType: (options: CollectorOptions) =>
      gcpCloudServiceType({
        name: spec.name,
        group: spec.group,
        serviceCode: options.serviceCodeMappers[spec.serviceCode] ?? spec.serviceCode,
        labels: spec.labels,
        isPrimary: spec.isPrimary ?? false,
        isMajor: spec.isMajor ?? false,
        tags: { 'spaceone:icon': `${options.assetUrl}/${spec.icon}`, ...spec.tags },
        metadata: { view: typeView },
      }),
    collect: spec.collect,
  };
}
