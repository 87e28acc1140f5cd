import { createPrivateKey, sign } from 'node:crypto';
import type { SigningKey } from './signing-key';

/** An RS256 JWT (`typ: JWT`, the key's `kid`) over the given claims. */
export function signJwt(claims: Record<string, unknown>, key: SigningKey): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${part(claims)}`;
  const signature = sign('sha256', Buffer.from(input), createPrivateKey({ key: key.jwk, format: 'jwk' }));
  return `${input}.${signature.toString('base64url')}`;
}
