/**
 * How large one request may be, by the kind of service a plugin serves.
 *
 * A Python plugin server passes no options to grpcio, so it refuses requests over
 * gRPC's default 4 MiB: no running Cloudforet sends a plugin more than that, and
 * 4 MiB is the default here too. Identity plugins get 1 MiB: their requests carry
 * a token and a few options, and `credentials` come from an unauthenticated login.
 * Decoded, a request costs up to ~17x its wire size in heap (Struct of empty
 * values, measured), so these sizes keep one request far inside the image's 432 MiB heap.
 */
export const MIB = 1024 * 1024;

export const MAX_REQUEST_BYTES_BY_KIND: Readonly<Record<string, number>> = {
  'spaceone.api.notification.plugin': 4 * MIB,
  'spaceone.api.monitoring.plugin': 4 * MIB,
  'spaceone.api.alert_manager.plugin': 4 * MIB,
  'spaceone.api.inventory.plugin': 4 * MIB,
  'spaceone.api.cost_analysis.plugin': 4 * MIB,
  'spaceone.api.identity.plugin': 1 * MIB,
};
export const DEFAULT_MAX_REQUEST_BYTES = 4 * MIB;

/**
 * The limit for a plugin: `MAX_REQUEST_BYTES` from the environment, else the
 * plugin's own `limits.maxRequestBytes`, else the smallest default of the
 * packages its services belong to.
 */
export function maxRequestBytesFor(
  serviceNames: readonly string[],
  configured?: number,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const fromEnv = env.MAX_REQUEST_BYTES ? Number(env.MAX_REQUEST_BYTES) : undefined;
  const chosen = fromEnv ?? configured;
  if (chosen !== undefined) {
    if (!Number.isInteger(chosen) || chosen < 1024) {
      throw new Error(`MAX_REQUEST_BYTES must be a whole number of bytes, at least 1024 (got ${chosen})`);
    }
    return chosen;
  }
  const defaults = serviceNames.map(
    (name) => MAX_REQUEST_BYTES_BY_KIND[name.slice(0, name.lastIndexOf('.'))] ?? DEFAULT_MAX_REQUEST_BYTES,
  );
  return Math.min(DEFAULT_MAX_REQUEST_BYTES, ...defaults);
}
