import type { Logger } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { AwsSession } from '../aws/aws-session';
import type { CollectorOptions } from '../collector-options';

/** What a type's collector gets for one region. */
export interface RegionContext {
  region: string;
  accountId: string;
  session: AwsSession;
  options: CollectorOptions;
  log: Logger;
}

/** One CloudServiceType of a group: how it is announced, and how its resources of one region are collected. */
export interface CloudServiceTypeDefinition {
  group: string;
  name: string;
  cloudServiceType(): ResourceInfo;
  /** Streams the region's resources page by page (per-item failures are ErrorResources inside). */
  collect(ctx: RegionContext): AsyncIterable<ResourceInfo>;
}

export { allPages, chunks, pages } from '@cloudforet/plugin-core';

/** How the console names an IP protocol of a rule (`-1` is every protocol). */
export const PROTOCOL_NAMES: Record<string, string> = { '-1': 'ALL', tcp: 'TCP', udp: 'UDP', icmp: 'ICMP' };
