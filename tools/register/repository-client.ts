import { credentials, Metadata, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { PluginClient as PluginClientV2 } from '@cloudforet/api/gen/spaceone/api/repository/v1/plugin';
import { PluginClient as PluginClientV1 } from '@cloudforet/api/gen-legacy/repository-v1/spaceone/api/repository/v1/plugin';
import { RegisterError } from './register-error';
import type { RepositoryApi } from './register-request';
import { repositoryEndpoint } from './repository-endpoint';
import { whyUnreachable } from './why-unreachable';

/** Every call to the Repository gets this deadline. */
export const REPOSITORY_DEADLINE_MS = 10_000;

type UnaryMethod = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: number },
  callback: (error: ServiceError | null, response: Record<string, unknown>) => void,
) => unknown;

/**
 * `spaceone.api.repository.v1.Plugin` through the static generated client of the chosen API (2.x, or the
 * 1.x legacy set), so the request's field names are exactly the API's. Sends `token` as metadata.
 */
export class RepositoryClient {
  private readonly client: Client;
  readonly address: string;
  private readonly tls: boolean;

  constructor(
    endpoint: string,
    api: RepositoryApi,
    private readonly token: string,
  ) {
    const parsed = repositoryEndpoint(endpoint);
    this.address = parsed.address;
    this.tls = parsed.tls;
    const Ctor = api === 'v1' ? PluginClientV1 : PluginClientV2;
    this.client = new Ctor(parsed.address, parsed.tls ? credentials.createSsl() : credentials.createInsecure());
  }

  /** Resolves with the response, or rejects with the grpc-js ServiceError (see `describeFailure`). */
  call(method: 'get' | 'register' | 'update', request: Record<string, unknown>): Promise<Record<string, unknown>> {
    const metadata = new Metadata();
    metadata.set('token', this.token);
    const fn = (this.client as unknown as Record<string, UnaryMethod>)[method];
    return new Promise((resolve, reject) =>
      fn.call(this.client, request, metadata, { deadline: Date.now() + REPOSITORY_DEADLINE_MS }, (error, res) =>
        error ? reject(error) : resolve(res),
      ),
    );
  }

  /**
   * A failed call as one line: unreachable (with the reason a probe finds, not grpc-js's transport
   * string), or what the repository answered; the token is masked.
   */
  async describeFailure(error: unknown): Promise<RegisterError> {
    const e = error as Partial<ServiceError>;
    const details = (e.details ?? e.message ?? String(error)).split(this.token).join('***');
    const unreachable =
      (e.code === status.UNAVAILABLE && !details.startsWith('ERROR_')) || e.code === status.DEADLINE_EXCEEDED;
    if (unreachable) {
      const reason =
        e.code === status.DEADLINE_EXCEEDED ? 'no answer within 10 s' : await whyUnreachable(this.address, this.tls);
      return new RegisterError(`cannot reach the repository at ${this.address}: ${reason}`);
    }
    const name = typeof e.code === 'number' ? (status[e.code] ?? `STATUS_${e.code}`) : 'UNKNOWN';
    return new RegisterError(`repository answered ${name}: ${details}`);
  }

  close(): void {
    this.client.close();
  }
}
