import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonReply, textReply, writeHttpReply, type HttpReply } from '../http/http-reply';
import { listenLoopback } from '../http/listen-loopback';
import { readRequestBody } from '../http/read-request-body';
import type { GoogleSandbox, GoogleSandboxOptions, GoogleTokenGrant } from './google-sandbox-types';

export const SANDBOX_GOOGLE_CLIENT_ID = '123456789012-sandbox.apps.googleusercontent.com';
const INVALID = { error: 'invalid_token', error_description: 'Invalid Value' };

/**
 * Google's OAuth2 token introspection as the upstream plugin calls it: `POST /oauth2/v2/tokeninfo`
 * (JSON, form or query `access_token`), answering the v2 shape (`issued_to`, `audience`,
 * `user_id`, `scope`, `expires_in`, `email`, `verified_email`, `access_type`) or 400
 * `invalid_token`; `GET /` answers 404 as www.googleapis.com does.
 */
export async function startGoogleSandbox(options: GoogleSandboxOptions = {}): Promise<GoogleSandbox> {
  const tokens = new Map<string, GoogleTokenGrant & { expiresAt: number }>();
  const server = createServer((req, res) => {
    void answer(req).then(async (reply) => {
      if (sandbox.latencyMs > 0) await new Promise((r) => setTimeout(r, sandbox.latencyMs));
      writeHttpReply(res, reply);
    });
  });
  await listenLoopback(server, options.port);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function answer(req: IncomingMessage): Promise<HttpReply> {
    const u = new URL(req.url ?? '/', url);
    if (u.pathname !== '/oauth2/v2/tokeninfo') {
      sandbox.calls.other++;
      return textReply(404, 'Not Found');
    }
    sandbox.calls.tokeninfo++;
    const body = await readRequestBody(req, 64 * 1024).catch(() => '');
    const token = u.searchParams.get('access_token') ?? tokenOf(body, req.headers['content-type']);
    const grant = token ? tokens.get(token) : undefined;
    if (!grant || grant.expiresAt <= Date.now()) return jsonReply(400, INVALID);
    const numericId = String(BigInt(`0x${Buffer.from(grant.email).toString('hex').slice(0, 16)}`));
    return jsonReply(200, {
      issued_to: grant.audience,
      audience: grant.audience,
      user_id: numericId,
      scope: grant.scope ?? 'https://www.googleapis.com/auth/userinfo.email openid',
      expires_in: Math.round((grant.expiresAt - Date.now()) / 1000),
      email: grant.email,
      verified_email: grant.verified_email ?? true,
      access_type: 'online',
    });
  }

  const sandbox: GoogleSandbox = {
    url,
    clientId: SANDBOX_GOOGLE_CLIENT_ID,
    issueToken(grant = {}) {
      const token = `ya29.${randomBytes(48).toString('base64url')}`;
      tokens.set(token, {
        email: grant.email ?? 'alice@example.com',
        audience: grant.audience ?? SANDBOX_GOOGLE_CLIENT_ID,
        verified_email: grant.verified_email,
        scope: grant.scope,
        expiresAt: Date.now() + (grant.expires_in ?? 3600) * 1000,
      });
      return token;
    },
    demoToken: '',
    revoke: (token) => void tokens.delete(token),
    calls: { tokeninfo: 0, other: 0 },
    latencyMs: options.latencyMs ?? 0,
    reset() {
      sandbox.calls = { tokeninfo: 0, other: 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  sandbox.demoToken = sandbox.issueToken({ expires_in: 12 * 3600 });
  return sandbox;
}

function tokenOf(body: string, contentType: string | undefined): string | undefined {
  if (!body) return undefined;
  if (contentType?.includes('application/json')) {
    try {
      const value = (JSON.parse(body) as { access_token?: unknown }).access_token;
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(body).get('access_token') ?? undefined;
}
