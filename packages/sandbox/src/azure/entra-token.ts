import { randomBytes, randomUUID } from 'node:crypto';

/** A service principal (app registration) of a tenant, with its client secret. */
export interface AzureServicePrincipal {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Subscriptions its role assignments reach (ARM answers 403 AuthorizationFailed elsewhere). */
  subscriptions: string[];
  /** The principal's object id, as ARM names it in AuthorizationFailed. */
  objectId: string;
}

export interface EntraError {
  status: number;
  /** `invalid_client`, `unauthorized_client`, `invalid_request`, … */
  error: string;
  body: Record<string, unknown>;
}

export interface IssuedToken {
  principal: AzureServicePrincipal;
  expiresAt: number;
}

/**
 * Entra ID's v2.0 token endpoint for the client-credentials grant with a client secret, as MSAL
 * (through @azure/identity's ClientSecretCredential) calls it: a wrong secret, an unknown client
 * or tenant answered with the AADSTS error JSON Entra sends; tokens are opaque and remembered.
 */
export class EntraTokens {
  private readonly principals = new Map<string, AzureServicePrincipal>();
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(readonly tenants: Set<string>) {}

  add(principal: AzureServicePrincipal): void {
    this.principals.set(principal.clientId, principal);
  }

  /** The answer to `POST /{tenant}/oauth2/v2.0/token`. */
  grant(
    tenant: string,
    form: URLSearchParams,
  ): { ok: true; body: Record<string, unknown> } | ({ ok: false } & EntraError) {
    if (!this.tenants.has(tenant))
      return fail(
        400,
        'invalid_request',
        90002,
        `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    if (form.get('grant_type') !== 'client_credentials')
      return fail(400, 'unsupported_grant_type', 70003, 'AADSTS70003: The app requested an unsupported grant type.');
    const clientId = form.get('client_id') ?? '';
    const principal = this.principals.get(clientId);
    if (!principal || principal.tenantId !== tenant)
      return fail(
        400,
        'unauthorized_client',
        700016,
        `AADSTS700016: Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    if (form.get('client_secret') !== principal.clientSecret)
      return fail(
        401,
        'invalid_client',
        7000215,
        `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
      );
    const scope = form.get('scope') ?? '';
    if (!scope.endsWith('/.default'))
      return fail(400, 'invalid_scope', 1002012, `AADSTS1002012: The provided value for scope ${scope} is not valid.`);
    const accessToken = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomBytes(48).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    this.tokens.set(accessToken, { principal, expiresAt: Date.now() + 3_599_000 });
    return {
      ok: true,
      body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
    };
  }

  /** The principal of a `Bearer` header, or undefined when the token is not one this endpoint issued. */
  bearer(header: string | undefined): AzureServicePrincipal | undefined {
    const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
    const issued = token ? this.tokens.get(token) : undefined;
    return issued && issued.expiresAt > Date.now() ? issued.principal : undefined;
  }

  issued(): string[] {
    return [...this.tokens.keys()];
  }
}

function fail(status: number, error: string, code: number, description: string): { ok: false } & EntraError {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', ' ');
  return {
    ok: false,
    status,
    error,
    body: {
      error,
      error_description: `${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}
