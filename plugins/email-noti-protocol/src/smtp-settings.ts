import { invalidParameter, validateSchema, type JsonSchema } from '@cloudforet/plugin-core';
import { singleAddress } from './recipients';

/** How the connection is secured: upgraded with STARTTLS, TLS from the first byte, or plain. */
export type SmtpTls = 'starttls' | 'implicit' | 'none';
const SMTP_TLS: readonly SmtpTls[] = ['starttls', 'implicit', 'none'];

/** Upstream's defaults (its email_conf): port 25 and this sender when secret_data has none. */
export const DEFAULT_SMTP_PORT = 25;
export const DEFAULT_FROM_EMAIL = 'no-reply-spaceone@megazone.com';

/** Where and how to reach the SMTP server, from the protocol's secret_data. */
export interface SmtpSettings {
  host: string;
  port: number;
  tls: SmtpTls;
  /** Verify the server's certificate (default true). */
  verify: boolean;
  /** PEM CA certificate(s) trusted instead of the public roots. */
  ca?: string;
  /** AUTH credentials; no AUTH without a user. */
  user?: string;
  password?: string;
  from: string;
}

/**
 * secret_data of the protocol (secret schema `email_smtp`), with upstream's key names;
 * the `smtp_tls*` and `smtp_ca_cert` keys are this plugin's additions.
 */
export const smtpSecretSchema: JsonSchema = {
  type: 'object',
  required: ['smtp_host'],
  properties: {
    smtp_host: { type: 'string', title: 'SMTP host', minLength: 1, maxLength: 253, examples: ['smtp.example.com'] },
    smtp_port: {
      type: ['string', 'number'],
      title: 'SMTP port',
      description: 'Default 25; a number or a string. 465 means implicit TLS unless smtp_tls says otherwise.',
      examples: ['587'],
    },
    user: { type: 'string', title: 'SMTP user', maxLength: 1000, description: 'AUTH user; no AUTH when empty.' },
    password: { type: 'string', title: 'SMTP password', maxLength: 1000 },
    from_email: {
      type: 'string',
      title: 'Sender',
      maxLength: 998,
      description: `From header and envelope sender; default ${DEFAULT_FROM_EMAIL}.`,
      examples: ['Cloudforet <alerts@example.com>'],
    },
    smtp_tls: {
      type: 'string',
      title: 'TLS',
      enum: [...SMTP_TLS],
      description:
        'starttls (default; upgrade on the plain port, as upstream, and fail if the server does not offer it), implicit (TLS from the first byte; the default on port 465), none (plain, for development only).',
    },
    smtp_tls_verify: {
      type: ['boolean', 'string'],
      title: 'Verify the certificate',
      description: 'Default true; false (or "false") accepts any certificate, for test servers only.',
    },
    smtp_ca_cert: {
      type: 'string',
      title: 'CA certificate',
      maxLength: 65_536,
      description: 'PEM of the CA(s) that signed the server certificate, trusted instead of the public roots.',
    },
  },
};

/** The SMTP settings of a request's secret_data, or the Cloudforet error naming the key to fix. */
export function smtpSettingsOf(secretData: Record<string, unknown> | undefined): SmtpSettings {
  validateSchema(smtpSecretSchema, secretData, 'secret_data');
  const s = secretData as Record<string, string | number | boolean | undefined>;
  const host = String(s.smtp_host).trim();
  if (!/^[A-Za-z0-9.:[\]_-]+$/.test(host)) {
    throw invalidParameter('secret_data.smtp_host', 'must be a host name or an IP address');
  }
  const port = portOf(s.smtp_port);
  const tls = (s.smtp_tls as SmtpTls | undefined) ?? (port === 465 ? 'implicit' : 'starttls');
  const user = (s.user as string | undefined) || undefined;
  return {
    host: host.replace(/^\[(.*)\]$/, '$1'),
    port,
    tls,
    verify: verifyOf(s.smtp_tls_verify),
    ...(s.smtp_ca_cert ? { ca: caOf(String(s.smtp_ca_cert)) } : {}),
    ...(user ? { user, password: (s.password as string | undefined) ?? '' } : {}),
    from: singleAddress((s.from_email as string | undefined) || DEFAULT_FROM_EMAIL, 'secret_data.from_email'),
  };
}

/** A port as a number or a string ("587", 587, or the 587.0 a Struct number is). */
function portOf(value: string | number | boolean | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SMTP_PORT;
  const port = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw invalidParameter('secret_data.smtp_port', 'must be a port number from 1 to 65535');
  }
  return port;
}

function verifyOf(value: string | number | boolean | undefined): boolean {
  if (value === undefined || value === true || value === 'true' || value === '') return true;
  if (value === false || value === 'false') return false;
  throw invalidParameter('secret_data.smtp_tls_verify', 'must be true or false');
}

function caOf(pem: string): string {
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw invalidParameter('secret_data.smtp_ca_cert', 'must be PEM (-----BEGIN CERTIFICATE-----)');
  }
  return pem;
}
