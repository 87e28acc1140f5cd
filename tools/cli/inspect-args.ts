import { UsageError } from './cli-errors';

/** The inspector's default address: loopback only, since anyone who reaches it can run code. */
export const DEFAULT_INSPECT = '127.0.0.1:9229';

/**
 * `--inspect[=[host:]port]` of `cfplugin serve` -> node's flags: none without it, else `--inspect=<host:port>`
 * (a bare port binds 127.0.0.1). Source maps are always on, so breakpoints hit the TypeScript sources.
 */
export function inspectArgs(value: string | undefined): string[] {
  if (value === undefined) return [];
  const address = value === '' ? DEFAULT_INSPECT : /^\d+$/.test(value) ? `127.0.0.1:${value}` : value;
  const port = address.slice(address.lastIndexOf(':') + 1);
  if (!/^\d+$/.test(port) || Number(port) > 65535) throw new UsageError(`--inspect takes [host:]port (got "${value}")`);
  return [`--inspect=${address}`];
}
