import { createHash } from 'node:crypto';
import { ExampleUserConnector, type UserConnector } from './example-user-connector';

const TOKEN = 'example-token-of-alice';
const OPTIONS = {
  users: [
    { user_id: 'alice@example.com', name: 'Alice', token_sha256: createHash('sha256').update(TOKEN).digest('hex') },
  ],
};
const signal = new AbortController().signal;
const connector: UserConnector = new ExampleUserConnector();

describe('ExampleUserConnector', () => {
  it('finds the user whose token digest matches', async () => {
    await expect(connector.authenticate(OPTIONS, { access_token: TOKEN }, signal)).resolves.toEqual({
      user_id: 'alice@example.com',
      name: 'Alice',
      email: undefined,
    });
  });

  it('refuses another token with ERROR_AUTHENTICATE_FAILURE, without repeating it', async () => {
    const error = await connector
      .authenticate(OPTIONS, { access_token: 'stolen-guess-123' }, signal)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERROR_AUTHENTICATE_FAILURE' });
    expect(String((error as Error).message)).not.toContain('stolen-guess-123');
  });

  it('requires an access token', async () => {
    await expect(connector.authenticate(OPTIONS, {}, signal)).rejects.toThrow(
      'Required parameter. (key = credentials.access_token)',
    );
  });
});
