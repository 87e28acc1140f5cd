import { status } from '@grpc/grpc-js';
import { freePort } from '../common/free-port';
import { RepositoryClient } from './repository-client';

describe('RepositoryClient.describeFailure', () => {
  const token = 'tok-1234567890-secret';
  let client: RepositoryClient;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    client = new RepositoryClient(`grpc://127.0.0.1:${port}`, 'v2', token);
  });
  afterAll(() => client.close());

  it('masks the token wherever the answer echoes it', async () => {
    const error = await client.describeFailure({
      code: status.UNAUTHENTICATED,
      details: `ERROR_AUTHENTICATE_FAILURE: bad ${token}`,
    });
    expect(error.message).toBe('repository answered UNAUTHENTICATED: ERROR_AUTHENTICATE_FAILURE: bad ***');
  });

  it('calls UNAVAILABLE without an ERROR_ code, and DEADLINE_EXCEEDED, unreachable, with the reason in words', async () => {
    const unavailable = await client.describeFailure({
      code: status.UNAVAILABLE,
      details: 'No connection established. Last error: Error: connect ECONNREFUSED. Resolution note: ',
    });
    expect(unavailable.message).toBe(
      `cannot reach the repository at 127.0.0.1:${port}: nothing listens on 127.0.0.1:${port}`,
    );
    expect(
      (await client.describeFailure({ code: status.DEADLINE_EXCEEDED, details: 'Deadline exceeded' })).message,
    ).toBe(`cannot reach the repository at 127.0.0.1:${port}: no answer within 10 s`);
    expect(
      (await client.describeFailure({ code: status.UNAVAILABLE, details: 'ERROR_GRPC_CONNECTION: x' })).message,
    ).toBe('repository answered UNAVAILABLE: ERROR_GRPC_CONNECTION: x');
  });

  it('refuses an endpoint it cannot parse, naming the flag', () => {
    expect(() => new RepositoryClient('http://x:1', 'v2', token)).toThrow(
      '--endpoint: Endpoint scheme must be grpc:// or grpc+ssl://, got "http://x:1"',
    );
  });

  it('refuses an endpoint with a URL path instead of dropping it', () => {
    expect(() => new RepositoryClient('grpc://repository.example.com:50051/api/v1', 'v2', token)).toThrow(
      '--endpoint takes grpc://host:port (a gRPC endpoint has no path), got "grpc://repository.example.com:50051/api/v1": drop "/api/v1"',
    );
  });
});
