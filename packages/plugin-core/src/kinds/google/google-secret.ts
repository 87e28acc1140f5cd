import { invalidParameter, invalidParameterType, requiredParameter } from '../../errors/plugin-error';
import type { JsonSchema } from '../../validation/json-schema';

/** A service-account key JSON, as Cloudforet stores it (`google_oauth2_credentials`). */
export interface GcpSecret {
  type: string;
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
}

/** The keys the identity service's schema requires, in its order. */
export const SECRET_KEYS = [
  'type',
  'project_id',
  'private_key_id',
  'private_key',
  'client_email',
  'client_id',
  'auth_uri',
  'token_uri',
  'auth_provider_x509_cert_url',
  'client_x509_cert_url',
] as const;

/** The identity service's managed schema the Google plugins accept (`capability.supported_schema`). */
export const GOOGLE_SECRET_SCHEMAS: Record<string, JsonSchema> = {
  google_oauth2_credentials: {
    type: 'object',
    required: [...SECRET_KEYS],
    properties: Object.fromEntries(SECRET_KEYS.map((k) => [k, { type: 'string', minLength: 1 }])),
  },
};

/**
 * The key, or INVALID_ARGUMENT / REQUIRED_PARAMETER naming the key that is missing, empty, not a
 * string, or not what it must be (a PEM private key, an http(s) token_uri, a service_account type).
 */
export function gcpSecretOf(secret: Record<string, unknown> | undefined): GcpSecret {
  const data = secret ?? {};
  for (const key of SECRET_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || value === '') throw requiredParameter(`secret_data.${key}`);
    if (typeof value !== 'string') throw invalidParameterType(`secret_data.${key}`, 'string');
  }
  if (data.type !== 'service_account')
    throw invalidParameter('secret_data.type', `expected "service_account" (got ${JSON.stringify(data.type)})`);
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(data.private_key as string))
    throw invalidParameter('secret_data.private_key', 'expected a PEM private key (-----BEGIN PRIVATE KEY-----)');
  if (!/^https?:\/\/[^\s/]+/.test(data.token_uri as string))
    throw invalidParameter('secret_data.token_uri', 'expected an http(s) URL');
  return data as unknown as GcpSecret;
}
