import type { Logger } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CollectorOptions } from '../collector-options';
import type { GcpSession } from '../google/gcp-session';
import type { RegionCodes } from '../region-info';

/** What a type's collector gets for one collect of the project. */
export interface CollectContext {
  session: GcpSession;
  projectId: string;
  options: CollectorOptions;
  log: Logger;
  /** Region codes seen (each resource adds its own), for the Region resources at the end. */
  regions: RegionCodes;
}

/** The API a type is listed from (an API the project has not enabled skips its types). */
export type GoogleApi = 'compute.googleapis.com' | 'storage.googleapis.com';

/** One CloudServiceType of a group: how it is announced, and how its resources are collected. */
export interface CloudServiceTypeDefinition {
  group: string;
  name: string;
  api: GoogleApi;
  cloudServiceType(options: CollectorOptions): ResourceInfo;
  /** Streams the project's resources page by page (per-item and per-zone failures are ErrorResources inside). */
  collect(ctx: CollectContext): AsyncIterable<ResourceInfo>;
}
