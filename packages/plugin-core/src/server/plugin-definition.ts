import type { Metadata } from '@grpc/grpc-js';
import type { Logger } from '../logging/logger';
import type { JsonSchema } from '../validation/json-schema';

/** One RPC of a ts-proto `outputServices=grpc-js` service definition. */
export interface MethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(value: any): Buffer; // eslint-disable-line @typescript-eslint/no-explicit-any
  requestDeserialize(bytes: Buffer): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  responseSerialize(value: any): Buffer; // eslint-disable-line @typescript-eslint/no-explicit-any
  responseDeserialize(bytes: Buffer): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
export type ServiceDefinition = { readonly [method: string]: MethodDefinition };

type RequestOf<M> = M extends { requestDeserialize(bytes: Buffer): infer R } ? R : never;
type ResponseOf<M> = M extends { responseDeserialize(bytes: Buffer): infer R } ? R : never;

/** What every handler receives besides its request. */
export interface CallContext {
  /** Aborted when the caller cancels, the deadline passes, or shutdown's grace period ends. */
  signal: AbortSignal;
  /** A child logger bound to this RPC; secrets are scrubbed from its lines. */
  log: Logger;
  /** Request headers (the core sends `token`, usually "NO_TOKEN"). */
  metadata: Metadata;
  /** "Service.method", as the core names it. */
  method: string;
  /** The caller's deadline (epoch ms), if it set one; `signal` aborts when it passes. See `outboundTimeoutMs`. */
  deadline?: number;
}

/** Unary RPCs return (a promise of) the response; server streams return an async iterable of responses. */
export type Handler<M> = M extends { responseStream: true }
  ? (request: RequestOf<M>, ctx: CallContext) => AsyncIterable<ResponseOf<M>>
  : (request: RequestOf<M>, ctx: CallContext) => Promise<ResponseOf<M>> | ResponseOf<M>;

export type Handlers<S extends ServiceDefinition> = { [K in keyof S]?: Handler<S[K]> };

export interface ServiceImplementation {
  definition: ServiceDefinition;
  handlers: Handlers<ServiceDefinition>;
  /** Full service name, e.g. "spaceone.api.notification.plugin.Protocol". */
  name: string;
}

/** Binds handlers to a generated service definition, with types checked against it. */
export function implement<S extends ServiceDefinition>(definition: S, handlers: Handlers<S>): ServiceImplementation {
  const first = Object.values(definition)[0];
  if (!first) throw new Error('service definition has no methods');
  const name = first.path.split('/')[1];
  return { definition, handlers: handlers as Handlers<ServiceDefinition>, name };
}

export interface PluginDefinition {
  /** The image / package name, e.g. "plugin-slack-noti-protocol". */
  name: string;
  /** Reported by ServerInfo.get_version and in the ready log line. */
  version: string;
  services: ServiceImplementation[];
  /**
   * Top-level request keys whose every string is a secret, in addition to
   * `secret_data` and `credentials` (e.g. `channel_data` of a SECRET protocol).
   */
  secretKeys?: string[];
  /**
   * Extra FileDescriptorSets for the plugin's services, searched before the main set of
   * @cloudforet/api (e.g. `identityV1DescriptorSet` for the legacy 1.x `Auth`).
   */
  descriptorSets?: Uint8Array[];
  /** What the plugin accepts; documented in its README's generated sections. */
  schemas?: PluginSchemas;
  /** Request bounds; the defaults suit every kind (see src/limits). */
  limits?: PluginLimits;
  /** Releases what the plugin holds open (e.g. pooled SMTP connections), once shutdown has drained the calls. */
  close?: () => Promise<void> | void;
}

export interface PluginLimits {
  /** Largest request accepted, in bytes (default by kind: 4 MiB, identity 1 MiB; env MAX_REQUEST_BYTES wins). */
  maxRequestBytes?: number;
  /** Wire bytes of large requests handled at once (default from the heap limit; env MEMORY_BUDGET_BYTES wins). */
  memoryBudgetBytes?: number;
}

export interface PluginSchemas {
  /**
   * JSON Schema of `options`. Its `examples` (whole options objects) are documented too,
   * each with what `init` answers for it.
   */
  options?: JsonSchema;
  /** JSON Schemas of `secret_data`, by the schema id listed in plugin.yaml's `capability.supported_schema`. */
  secretData?: Record<string, JsonSchema>;
}

export function definePlugin(plugin: PluginDefinition): PluginDefinition {
  return plugin;
}
