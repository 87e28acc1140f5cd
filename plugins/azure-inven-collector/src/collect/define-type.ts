import {
  detailLayout,
  typeMetadata,
  type DetailLayout,
  type Field,
  type SearchKey,
  type Widget,
} from '@cloudforet/plugin-core';
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
  /** The detail page's tabs (upstream's `tabs.N`). */
  details: DetailLayout[];
  collect(ctx: CollectContext): AsyncIterable<ResourceInfo>;
}

/** A column upstream's table hides until asked for (`is_optional: true`). */
export const OPTIONAL = { is_optional: true } as const;

/** A list column's type and separator (upstream's `type: list` with `options.delimiter`). */
export const listOf = (delimiter: string) => ({ type: 'list' as const, options: { delimiter } });

/**
 * An enum field's options: per value upstream's `type: state` entry, a filled circle of that colour
 * (and the entry's `text_color` for the values of `textColorOf`).
 */
export function stateEnum(colorOf: Record<string, string>, textColorOf: Record<string, string> = {}) {
  const state = (value: string, color: string) => ({
    type: 'state',
    options: {
      ...(textColorOf[value] ? { text_color: textColorOf[value] } : {}),
      icon: { image: 'ic_circle-filled', color },
    },
  });
  return { items: Object.fromEntries(Object.entries(colorOf).map(([value, color]) => [value, state(value, color)])) };
}

/** An enum field's options: per value upstream's `type: badge` entry, a badge outlined in that colour. */
export function badgeEnum(colorOf: Record<string, string>) {
  const badge = (color: string) => ({ type: 'badge', options: { outline_color: color } });
  return { items: Object.fromEntries(Object.entries(colorOf).map(([value, color]) => [value, badge(color)])) };
}

/** The fields upstream's overview tab opens with (name, ARM id, resource group, location, subscription). */
export const OVERVIEW_FIELDS: Field[] = [
  { name: 'Name', key: 'name' },
  { name: 'Resource ID', key: 'data.id' },
  { name: 'Resource Group', key: 'data.resource_group' },
  { name: 'Location', key: 'data.location' },
  { name: 'Subscription', key: 'data.subscription_name' },
  { name: 'Subscription ID', key: 'account' },
];

/** The search keys most of upstream's types begin with: subscription, resource group and location. */
export const PLACE_SEARCH: SearchKey[] = [
  { name: 'Subscription ID', key: 'account' },
  { name: 'Subscription Name', key: 'data.subscription_name' },
  { name: 'Resource Group', key: 'data.resource_group' },
  { name: 'Location', key: 'data.location' },
];

/** A type of the collector: its CloudServiceType (table, search, widgets, detail layouts) and its collect. */
export function defineType(spec: TypeSpec): CloudServiceTypeDefinition {
  const { view } = typeMetadata({ fields: spec.fields, search: spec.search, widgets: spec.widgets });
  const metadataWithTabs = { view: { ...view, sub_data: { layouts: spec.details.map(detailLayout) } } };
  const info = azureCloudServiceType({
    name: spec.name,
    group: spec.group,
    serviceCode: spec.serviceCode,
    labels: spec.labels,
    isPrimary: spec.isPrimary ?? false,
    isMajor: spec.isMajor ?? false,
    tags: { 'spaceone:icon': `${ICON_URL}/${spec.icon}` },
    metadata: metadataWithTabs,
  });
  return { group: spec.group, name: spec.name, cloudServiceType: () => info, collect: spec.collect };
}
