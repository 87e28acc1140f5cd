export interface GoogleTokenGrant {
  email: string;
  /** The OAuth client the token was issued to (tokeninfo `audience` / `issued_to`). */
  audience: string;
  verified_email?: boolean;
  scope?: string;
  /** Default 3600. */
  expires_in?: number;
}

export interface GoogleSandboxOptions {
  /** Default 0 (ephemeral); binds 127.0.0.1. */
  port?: number;
  /** Delay before every answer, default 0. */
  latencyMs?: number;
}

export interface GoogleSandbox {
  /** `http://127.0.0.1:<port>`: stands for `https://www.googleapis.com`. */
  url: string;
  /** The default OAuth client id tokens are issued to. */
  clientId: string;
  /** A new opaque access token (`ya29.` prefix) that tokeninfo describes as `grant`. */
  issueToken(grant?: Partial<GoogleTokenGrant>): string;
  /** alice@example.com's token, issued at start and valid 12 h (npm start's demo). */
  demoToken: string;
  /** Revokes a token: tokeninfo answers `invalid_token` for it from then on. */
  revoke(token: string): void;
  /** tokeninfo calls since the last reset. */
  calls: { tokeninfo: number; other: number };
  latencyMs: number;
  reset(): void;
  close(): Promise<void>;
}
