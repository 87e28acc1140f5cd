export interface ParsedEndpoint {
  /** `host:port` as grpc-js wants it. */
  address: string;
  /** `grpc+ssl://` endpoints use TLS with the default roots, like the core. */
  tls: boolean;
}

/**
 * Accepts what the core records for a plugin (`grpc://host:port`, or
 * `grpc+ssl://host:port`) and a bare `host:port`.
 */
export function parseEndpoint(endpoint: string): ParsedEndpoint {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(endpoint)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (!/^.+:\d+$/.test(endpoint))
      throw new Error(`Endpoint must be host:port or grpc://host:port, got "${endpoint}"`);
    return { address: endpoint, tls: false };
  }
  if (scheme !== 'grpc' && scheme !== 'grpc+ssl') {
    throw new Error(`Endpoint scheme must be grpc:// or grpc+ssl://, got "${endpoint}"`);
  }
  let url: URL;
  try {
    url = new URL(`http://${endpoint.slice(scheme.length + 3)}`);
  } catch {
    throw new Error(`Endpoint is not a valid URL: "${endpoint}"`);
  }
  if (!url.port) throw new Error(`Endpoint has no port: "${endpoint}"`);
  return { address: `${url.hostname}:${url.port}`, tls: scheme === 'grpc+ssl' };
}
