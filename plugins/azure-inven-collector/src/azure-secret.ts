import { invalidParameter, invalidParameterType, requiredParameter, type JsonSchema } from '@cloudforet/plugin-core';

/** A service principal's client secret for one subscription, as Cloudforet stores it (`azure_client_secret`). */
export interface AzureSecret {
  subscription_id: string;
  tenant_id: string;
  client_id: string;
  client_secret: string;
}

export const SECRET_KEYS = ['subscription_id', 'tenant_id', 'client_id', 'client_secret'] as const;

/** The identity service's managed schema the plugin accepts (`capability.supported_schema`). */
export const AZURE_SECRET_SCHEMAS: Record<string, JsonSchema> = {
  azure_client_secret: {
    type: 'object',
    required: [...SECRET_KEYS],
    properties: Object.fromEntries(SECRET_KEYS.map((k) => [k, { type: 'string', minLength: 1 }])),
  },
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The secret, or REQUIRED_PARAMETER / INVALID_ARGUMENT naming the key that is missing, empty, not
 * a string, or (for the three ids) not a GUID or a tenant domain: checked before anything reaches a URL.
 */
export function azureSecretOf(secret: Record<string, unknown> | undefined): AzureSecret {
  const data = secret ?? {};
  for (const key of SECRET_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || value === '') throw requiredParameter(`secret_data.${key}`);
    if (typeof value !== 'string') throw invalidParameterType(`secret_data.${key}`, 'string');
  }
  if (!GUID.test(data.subscription_id as string))
    throw invalidParameter('secret_data.subscription_id', 'expected a subscription id (a GUID)');
  if (!GUID.test(data.client_id as string))
    throw invalidParameter('secret_data.client_id', 'expected an application (client) id (a GUID)');
  if (!GUID.test(data.tenant_id as string) && !/^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/i.test(data.tenant_id as string))
    throw invalidParameter('secret_data.tenant_id', 'expected a directory (tenant) id (a GUID or a domain)');
  return data as unknown as AzureSecret;
}
