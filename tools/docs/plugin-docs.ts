import type { PluginSchemas } from '@cloudforet/plugin-core';
import type { PluginManifest } from '../manifest/plugin-manifest';

/** What `init` answered for one options object, as the core reads it (MessageToDict). */
export interface InitAnswer {
  options: Record<string, unknown>;
  response: Record<string, unknown>;
}

/** Everything a plugin's generated README section is rendered from; no I/O beyond this. */
export interface PluginDocs {
  /** Folder under plugins/. */
  name: string;
  /** package.json version: the image tag. */
  version: string;
  manifest: PluginManifest;
  /** Served plugin services (full name) with their methods as the core names them. */
  services: { name: string; methods: string[] }[];
  schemas: PluginSchemas;
  /** The service whose init is documented, e.g. "Protocol". */
  initService: string;
  inits: InitAnswer[];
}
