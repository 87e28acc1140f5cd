import type { Logger } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { AzureSession } from '../azure/azure-session';
import type { SubscriptionInfo } from '../azure-resource';
import type { CollectorOptions } from '../collector-options';

/** What a type's collector gets for one collect of the subscription. */
export interface CollectContext {
  session: AzureSession;
  subscription: SubscriptionInfo;
  /** The subscription's locations (`subscriptions.listLocations`), for location-scoped lists. */
  locations: string[];
  options: CollectorOptions;
  log: Logger;
}

/** One CloudServiceType of a group: how it is announced, and how its resources are collected. */
export interface CloudServiceTypeDefinition {
  group: string;
  name: string;
  cloudServiceType(): ResourceInfo;
  /** Streams the subscription's resources page by page (per-item and per-location failures are ErrorResources inside). */
  collect(ctx: CollectContext): AsyncIterable<ResourceInfo>;
}
