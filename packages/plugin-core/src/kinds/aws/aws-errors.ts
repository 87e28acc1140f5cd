import { authenticateFailure, PluginError } from '../../errors/plugin-error';

/** What an AWS SDK error says: its code (`UnauthorizedOperation`) and message, never a credential. */
export function awsErrorCode(error: unknown): string {
  const e = error as { name?: string; Code?: string; code?: string };
  return e?.Code ?? e?.name ?? e?.code ?? 'Error';
}

export function awsErrorText(error: unknown): string {
  const code = awsErrorCode(error);
  const message = (error as Error)?.message ?? String(error);
  return message && message !== code ? `${code}: ${message}` : code;
}

/** Codes meaning the keys themselves are not valid (every call would fail): the RPC fails, no ErrorResource. */
const BAD_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredToken',
  'ExpiredTokenException',
  'AccessDenied',
  'MissingAuthenticationToken',
]);

/** Codes that refuse a whole region (opt-in, policy), as opposed to one resource. */
export const REGION_REFUSALS = new Set([
  'AuthFailure',
  'UnauthorizedOperation',
  'OptInRequired',
  'AccessDenied',
  'AccessDeniedException',
]);

/** Turns an STS failure (caller identity, assume role) into the error the core shows, without the key. */
export function credentialError(error: unknown, what: string): PluginError | undefined {
  if (error instanceof PluginError) return error;
  const code = awsErrorCode(error);
  if (BAD_CREDENTIALS.has(code) || code === 'AuthFailure')
    return authenticateFailure(`${what}: ${awsErrorText(error)}`);
  return undefined;
}
