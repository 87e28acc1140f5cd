import { parseEndpoint, type ParsedEndpoint } from '@cloudforet/plugin-testing';
import { RegisterError } from './register-error';

/**
 * `--endpoint` of `register`: grpc://host:port, grpc+ssl://host:port or host:port. A gRPC endpoint has no
 * path: one given (say, the console's URL) is refused rather than silently dropped.
 */
export function repositoryEndpoint(endpoint: string): ParsedEndpoint {
  const rest = endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const extra = /[/?#].*$/.exec(rest)?.[0];
  if (extra && extra !== '/')
    throw new RegisterError(
      `--endpoint takes grpc://host:port (a gRPC endpoint has no path), got "${endpoint}": drop "${extra}"`,
    );
  try {
    return parseEndpoint(endpoint.replace(/\/$/, ''));
  } catch (error) {
    throw new RegisterError(`--endpoint: ${(error as Error).message}`);
  }
}
