import { JWT } from 'google-auth-library';
import { authenticateFailure } from '../../errors/plugin-error';
import { googleErrorText } from './google-errors';
import type { GcpSecret } from './google-secret';

/** The token endpoint google-auth-library posts the JWT grant to, whatever the key says. */
const LIBRARY_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/**
 * A service-account JWT client with its first access token: the JWT-bearer grant sent to the key's
 * own `token_uri` (as Python's google-auth does; the library alone would always use Google's). A key
 * Google does not know, a wrong private key or an unreachable token endpoint fail with
 * ERROR_AUTHENTICATE_FAILURE, worded without the key. Node's fetch carries the grant.
 */
export async function openServiceAccountJwt(
  secret: GcpSecret,
  { scopes, signal }: { scopes: string[]; signal: AbortSignal },
): Promise<JWT> {
  const jwt = new JWT({
    email: secret.client_email,
    key: secret.private_key,
    keyId: secret.private_key_id,
    scopes,
    transporterOptions: { fetchImplementation: fetch },
  });
  if (secret.token_uri !== LIBRARY_TOKEN_URL)
    jwt.transporter.interceptors.request.add({
      resolved: async (config) => {
        if (String(config.url) === LIBRARY_TOKEN_URL) config.url = new URL(secret.token_uri);
        return config;
      },
    });
  try {
    await Promise.race([jwt.authorize(), aborted(signal)]);
  } catch (error) {
    if (signal.aborted) throw error;
    throw authenticateFailure(
      `the service account's token grant at ${secret.token_uri} failed: ${googleErrorText(error)}`,
    );
  }
  return jwt;
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
