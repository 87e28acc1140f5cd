/**
 * Where a plugin listens. The default, like python-core's `[::]:50051`, is every interface over IPv6
 * and IPv4 (dual stack), which IPv6-only and dual-stack Kubernetes clusters need; on a kernel
 * without IPv6 it falls back to every IPv4 interface. `$HOST` overrides it (local tools set 127.0.0.1).
 */
export const ANY_HOST = '[::]';
export const ANY_IPV4_HOST = '0.0.0.0';

/** The host to bind: the option, else `$HOST`, else `[::]`. */
export function listenHost(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.HOST || ANY_HOST;
}

/** An address a local client can dial for a server bound to `host`. */
export function dialHost(host: string): string {
  return host === ANY_HOST || host === ANY_IPV4_HOST || host === '::' ? '127.0.0.1' : host;
}
