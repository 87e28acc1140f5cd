import { typeMetadata, type Field, type Widget } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { azureCloudServiceType, ICON_URL } from '../azure-resource';
import type { CloudServiceTypeDefinition, CollectContext } from './collect-context';

export interface TypeSpec {
  group: string;
  name: string;
  /** The ARM type path upstream names it by (`/Microsoft.Compute/virtualMachines`). */
  serviceCode: string;
  labels: string[];
  /** The icon file under Cloudforet's Azure assets. */
  icon: string;
  isPrimary?: boolean;
  isMajor?: boolean;
  fields: Field[];
  /** The search keys when they are not the table's columns (upstream's `search.fields`). */
  search?: SearchKey[];
  widgets?: Widget[];
  collect(ctx: CollectContext): AsyncIterable<ResourceInfo>;
}

/** A search key of the console's search bar (`data_type` as upstream's metadata gives it). */
export interface SearchKey {
  name: string;
  key: string;
  dataType?: 'integer' | 'datetime';
}

/** A type of the collector: its CloudServiceType (table, search, widgets, detail layouts) and its collect. */
export function defineType(spec: TypeSpec): CloudServiceTypeDefinition {
  const metadata = typeMetadata({ fields: spec.fields, widgets: spec.widgets, details: spec.fields });
  if (spec.search)
    metadata.view.search = [
      {
        title: 'Properties',
        items: spec.search.map((s) => ({ key: s.key, name: s.name, ...(s.dataType ? { data_type: s.dataType } : {}) })),
      },
    ];
  const info = azureCloudServiceType({
    name: spec.name,
    group: spec.group,
    serviceCode: spec.serviceCode,
    labels: spec.labels,
    isPrimary: spec.isPrimary ?? false,
    isMajor: spec.isMajor ?? false,
    tags: { 'spaceone:icon': `${ICON_URL}/${spec.icon}` },
    metadata,
  });
  return { group: spec.group, name: spec.name, cloudServiceType: () => info, collect: spec.collect };
}
