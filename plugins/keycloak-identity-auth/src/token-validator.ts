import { errors, jwtVerify, type JWTPayload } from 'jose';
import { authenticateFailure } from '@cloudforet/plugin-core';
import type { JwksCache } from './jwks-cache';
import type { ProviderFetch } from './provider-http';

/** Asymmetric algorithms only: a token "signed" with none or an HMAC secret is refused. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface TokenPolicy {
  issuer: string;
  jwksUri: string;
  /** Seconds allowed on exp, nbf and iat. */
  clockSkew: number;
  /** When given, the token's `aud` or `azp` must be one of these. */
  audience?: string[];
}

/**
 * Verifies an access token locally (signature against the provider's JWKS, issuer, expiry,
 * audience/azp). The reason in the error names what failed, never the token.
 */
export async function validateAccessToken(
  token: string,
  policy: TokenPolicy,
  jwks: JwksCache,
  fetch: ProviderFetch,
): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(
      token,
      async (header) => {
        const key = await jwks.key(policy.jwksUri, header.kid, fetch);
        if (!key) throw new UnknownKey();
        return key;
      },
      { issuer: policy.issuer, clockTolerance: policy.clockSkew, algorithms: ALGORITHMS, requiredClaims: ['exp'] },
    ));
  } catch (error) {
    // the provider failing to publish its keys is not the token's fault
    if ((error as { code?: string }).code === 'ERROR_AUTHORIZATION_SERVER') throw error;
    throw authenticateFailure(`the access token is not valid: ${reasonOf(error)}`);
  }
  if (policy.audience) {
    const aud = Array.isArray(payload.aud) ? payload.aud : payload.aud ? [payload.aud] : [];
    const azp = typeof payload.azp === 'string' ? payload.azp : undefined;
    if (!policy.audience.some((a) => aud.includes(a) || a === azp))
      throw authenticateFailure('the access token is not valid: it was issued for another audience');
  }
  return payload;
}

class UnknownKey extends Error {}

function reasonOf(error: unknown): string {
  if (error instanceof UnknownKey) return 'it is signed with a key the provider does not publish';
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'it was issued by another issuer';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'it is not valid yet';
    return `its ${error.claim} claim is not acceptable`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its signing algorithm is not allowed';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'it is not a signed JWT';
  return 'it cannot be verified';
}
