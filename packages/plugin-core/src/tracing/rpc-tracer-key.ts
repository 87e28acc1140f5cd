import { createContextKey, type Tracer } from '@opentelemetry/api';

/**
 * Where an RPC's context keeps the tracer of the plugin serving it: outbound spans are recorded
 * only inside an RPC of a plugin that exports traces (and each in-process plugin keeps its own).
 */
export const RPC_TRACER = createContextKey('@cloudforet/plugin-core rpc tracer');

export type { Tracer };
