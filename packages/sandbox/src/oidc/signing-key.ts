import { generateKeyPair, randomUUID, type JsonWebKey } from 'node:crypto';
import { promisify } from 'node:util';

const generate = promisify(generateKeyPair);

/** An RS256 signing key as a private JWK with its `kid` (Keycloak signs with RS256 by default). */
export interface SigningKey {
  kid: string;
  /** Private JWK: the provider's keystore entry, and what the sandbox signs forged tokens with. */
  jwk: JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };
}

export async function newSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generate('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  return { kid, jwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
}
