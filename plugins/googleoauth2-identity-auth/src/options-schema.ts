import type { JsonSchema } from '@cloudforet/plugin-core';

/**
 * The external auth's `options`. identity sends no secret at login (`secret_data` is `{}`), so
 * the example's user table lives here, with SHA-256 digests of tokens, never the tokens.
 */
export const optionsSchema: JsonSchema = {
  type: 'object',
  required: ['users'],
  properties: {
    users: {
      type: 'array',
      title: 'Users (example)',
      items: {
        type: 'object',
        required: ['user_id', 'token_sha256'],
        properties: {
          user_id: { type: 'string', minLength: 1 },
          name: { type: 'string' },
          email: { type: 'string' },
          token_sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      },
    },
  },
  // The example user logs in with access_token "example-access-token-of-alice" (test/harness.ts).
  examples: [
    {
      users: [
        {
          user_id: 'alice@example.com',
          name: 'Alice',
          email: 'alice@example.com',
          token_sha256: 'f71c078582c6a4426d9121e33a173856adf2ce5b31099abaabceefcd63f0fa5b',
        },
      ],
    },
  ],
};
