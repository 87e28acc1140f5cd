import { status } from '@grpc/grpc-js';
import { RepositoryClient } from './repository-client';

describe('RepositoryClient.describeFailure', () => {
  const token = 'tok-1234567890-secret';
  const client = new RepositoryClient('grpc+ssl://repository.example.com:443', 'v2', token);
  afterAll(() => client.close());

  it('masks the token wherever the answer echoes it', () => {
    const error = client.describeFailure({
      code: status.UNAUTHENTICATED,
      details: `ERROR_AUTHENTICATE_FAILURE: bad ${token}`,
    });
    expect(error.message).toBe('repository answered UNAUTHENTICATED: ERROR_AUTHENTICATE_FAILURE: bad ***');
  });

  it('calls UNAVAILABLE without an ERROR_ code, and DEADLINE_EXCEEDED, unreachable', () => {
    expect(client.describeFailure({ code: status.UNAVAILABLE, details: 'connect ECONNREFUSED' }).message).toBe(
      'cannot reach the repository at repository.example.com:443: connect ECONNREFUSED',
    );
    expect(client.describeFailure({ code: status.DEADLINE_EXCEEDED, details: 'Deadline exceeded' }).message).toBe(
      'cannot reach the repository at repository.example.com:443: Deadline exceeded',
    );
    expect(client.describeFailure({ code: status.UNAVAILABLE, details: 'ERROR_GRPC_CONNECTION: x' }).message).toBe(
      'repository answered UNAVAILABLE: ERROR_GRPC_CONNECTION: x',
    );
  });

  it('refuses an endpoint it cannot parse, naming the flag', () => {
    expect(() => new RepositoryClient('http://x:1', 'v2', token)).toThrow(
      '--endpoint: Endpoint scheme must be grpc:// or grpc+ssl://, got "http://x:1"',
    );
  });
});
