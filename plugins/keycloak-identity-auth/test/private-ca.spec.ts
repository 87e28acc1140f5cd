// A provider behind a certificate of a private CA: refused by default, reached with
// `verify: false` (upstream's switch) or, better, with the CA in `ca_bundle`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreCallError } from '@cloudforet/plugin-testing';
import { startPlugin, type PluginUnderTest } from './plugin-under-test';

describe('keycloak-identity-auth with a private CA', () => {
  let server: Server;
  let url: string;
  let cert: string;
  let plugin: PluginUnderTest;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keycloak-ca-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    rmSync(dir, { recursive: true, force: true });
    server = createServer({ cert, key }, (req, res) => {
      const base = `https://127.0.0.1:${(server.address() as { port: number }).port}/realms/private`;
      if (req.url?.endsWith('/.well-known/openid-configuration')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            issuer: base,
            authorization_endpoint: `${base}/protocol/openid-connect/auth`,
            token_endpoint: `${base}/protocol/openid-connect/token`,
            userinfo_endpoint: `${base}/protocol/openid-connect/userinfo`,
            end_session_endpoint: `${base}/protocol/openid-connect/logout`,
          }),
        );
      } else {
        res.writeHead(400).end('missing client_id');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as { port: number }).port}/realms/private/.well-known/openid-configuration`;
    plugin = await startPlugin();
  });
  afterAll(async () => {
    await plugin.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const init = (options: Record<string, unknown>) =>
    plugin.client.call('ExternalAuth.init', { options, domain_id: 'd' });

  it('refuses the certificate by default, naming the TLS failure', async () => {
    const error = (await init({ 'openid-configuration': url }).catch((e: unknown) => e)) as CoreCallError;
    expect(error).toBeInstanceOf(CoreCallError);
    expect(error.details).toMatch(
      /^ERROR_INVALID_ARGUMENT: Argument is invalid\. \(key = options\.openid-configuration, reason = the discovery URL is unreachable \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\)\)$/,
    );
  });

  it('reaches it with verify: false, as upstream', async () => {
    await expect(init({ 'openid-configuration': url, verify: false })).resolves.toHaveProperty(
      'metadata.realm',
      'private',
    );
  });

  it('reaches it with the CA in ca_bundle, certificates still verified', async () => {
    await expect(init({ 'openid-configuration': url, ca_bundle: cert })).resolves.toHaveProperty(
      'metadata.realm',
      'private',
    );
  });
});
