// Shapes Cloudforet's answers from tokeninfo; shared by ExternalAuth and the 1.x Auth.
import { authenticateFailure, requiredParameter } from '@cloudforet/plugin-core';
import type { GoogleConnector } from './google-connector';
import { notFoundUserId } from './google-errors';
import { readOptions, type GoogleOptions } from './google-options';

export class GoogleManager {
  constructor(readonly connector: GoogleConnector) {}

  /** The three endpoints, then every option, then identity_provider and protocol (which always win). */
  async initMetadata(
    options: Record<string, unknown> | undefined,
    signal: AbortSignal,
  ): Promise<Record<string, unknown>> {
    readOptions(options);
    await this.connector.checkServer(signal);
    return { ...this.endpoints(), ...options, identity_provider: 'google', protocol: 'oauth2' };
  }

  endpoints(): Record<string, string> {
    return {
      authorization_endpoint: this.connector.apiUrl,
      token_endpoint: this.connector.tokenInfoUrl,
      userinfo_endpoint: this.connector.userInfoUrl,
    };
  }

  /**
   * tokeninfo → `{user_id: email, email}`; the e-mail must be verified, and (check_audience) the
   * token issued to one of our client ids; `domain` is the required e-mail domain, if any.
   */
  async authorize(
    rawOptions: Record<string, unknown> | undefined,
    credentials: Record<string, unknown> | undefined,
    credentialsKey: string,
    domain: string | undefined,
    signal: AbortSignal,
  ): Promise<{ user_id: string; email: string }> {
    const options = readOptions(rawOptions);
    const token = credentials?.access_token;
    if (typeof token !== 'string' || token === '') throw requiredParameter(`${credentialsKey}.access_token`);
    const info = await this.connector.tokenInfo(token, signal);
    if (typeof info.email !== 'string' || info.email === '')
      throw authenticateFailure('the access token carries no e-mail (grant the email scope)');
    if (info.verified_email === false) throw authenticateFailure('the e-mail of the access token is not verified');
    if (options.check_audience) checkAudience(info.audience ?? info.issued_to, options);
    if (domain && !info.email.endsWith(`@${domain}`)) throw notFoundUserId(info.email);
    return { user_id: info.email, email: info.email };
  }
}

function checkAudience(audience: string | undefined, options: GoogleOptions): void {
  const allowed = [options.client_id, ...(options.client_ids ?? [])].filter((x): x is string => !!x);
  if (allowed.length === 0) throw requiredParameter('options.client_id');
  if (!audience || !allowed.includes(audience))
    throw authenticateFailure('the access token was issued to another OAuth client');
}
