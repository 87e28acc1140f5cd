import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';

/** A service account the token endpoint knows: its email and the public half of its key. */
export interface GcpServiceAccount {
  email: string;
  /** PEM (SPKI) or a KeyObject of the key pair the test generated. */
  publicKey: string | KeyObject;
}

export type GrantAnswer =
  | { ok: true; accessToken: string; expiresIn: number; email: string }
  | { ok: false; error: string; description: string };

export const GOOGLE_TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/**
 * Google's OAuth token endpoint for the service-account JWT-bearer grant (RFC 7523): the assertion
 * must be an RS256 JWT from a known account (`iss`), signed by its key, for the token endpoint
 * (`aud`), with a scope, issued now and valid at most one hour. Answers as Google words it
 * (`invalid_grant` "Invalid JWT Signature.", …); issues opaque `ya29.` access tokens.
 */
export class JwtBearerGrant {
  private readonly accounts = new Map<string, KeyObject>();
  private readonly tokens = new Map<string, { email: string; expiresAt: number }>();

  constructor(
    accounts: GcpServiceAccount[],
    /** The `aud` values accepted (the token endpoint's URLs). */
    readonly audiences: string[],
  ) {
    for (const a of accounts) this.add(a);
  }

  add(account: GcpServiceAccount): void {
    const key = typeof account.publicKey === 'string' ? createPublicKey(account.publicKey) : account.publicKey;
    this.accounts.set(account.email, key);
  }

  /** Every access token issued so far (for leak scans). */
  issued(): string[] {
    return [...this.tokens.keys()];
  }

  /** The account a bearer token was issued to, if it is valid. */
  bearer(authorization: string | undefined): string | undefined {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const grant = token ? this.tokens.get(token) : undefined;
    return grant && grant.expiresAt > Date.now() ? grant.email : undefined;
  }

  answer(form: URLSearchParams): GrantAnswer {
    if (form.get('grant_type') !== JWT_BEARER)
      return {
        ok: false,
        error: 'unsupported_grant_type',
        description: 'Invalid grant_type: ' + form.get('grant_type'),
      };
    const parts = (form.get('assertion') ?? '').split('.');
    if (parts.length !== 3) return invalidGrant('Invalid JWT: Could not parse the assertion.');
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString()) as Record<string, unknown>;
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as Record<string, unknown>;
    } catch {
      return invalidGrant('Invalid JWT: Could not parse the assertion.');
    }
    if (header.alg !== 'RS256') return invalidGrant('Invalid JWT: Unsupported signing algorithm.');
    const key = typeof claims.iss === 'string' ? this.accounts.get(claims.iss) : undefined;
    if (!key) return invalidGrant('Invalid grant: account not found');
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${parts[0]}.${parts[1]}`),
      key,
      Buffer.from(parts[2], 'base64url'),
    );
    if (!signed) return invalidGrant('Invalid JWT Signature.');
    const now = Date.now() / 1000;
    const iat = Number(claims.iat);
    const exp = Number(claims.exp);
    if (!(iat <= now + 300 && exp > now && exp - iat <= 3600))
      return invalidGrant(
        'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
      );
    if (typeof claims.aud !== 'string' || !this.audiences.includes(claims.aud))
      return invalidGrant('Invalid JWT: Failed audience check.');
    if (typeof claims.scope !== 'string' || claims.scope === '')
      return { ok: false, error: 'invalid_scope', description: 'Empty or missing scope not allowed.' };
    const accessToken = `ya29.c.${randomBytes(48).toString('base64url')}`;
    this.tokens.set(accessToken, { email: claims.iss as string, expiresAt: Date.now() + 3600_000 });
    return { ok: true, accessToken, expiresIn: 3599, email: claims.iss as string };
  }

  clear(): void {
    this.tokens.clear();
  }
}

function invalidGrant(description: string): GrantAnswer {
  return { ok: false, error: 'invalid_grant', description };
}
