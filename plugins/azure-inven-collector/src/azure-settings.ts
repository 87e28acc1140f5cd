import { existsSync, readFileSync } from 'node:fs';

/** Where the plugin's Azure clients go, from the environment (the sandbox in tests). */
export interface AzureSettings {
  /** `AZURE_RESOURCE_MANAGER_URL`: the ARM endpoint; unset = `https://management.azure.com`. */
  resourceManagerUrl?: string;
  /** `AZURE_AUTHORITY_HOST`: Entra ID's authority host; unset = `https://login.microsoftonline.com`. */
  authorityHost?: string;
  /** `AZURE_CA_CERTIFICATE`: a PEM (or the path of one) to trust instead of the public CAs, for a private endpoint. */
  caCertificate?: string;
  /** `AZURE_MAX_RETRIES` (default 3): the SDK's retries of one call on 429 (after Retry-After), 5xx and network errors. */
  maxRetries: number;
  /** First backoff of the SDK's exponential retry when no Retry-After is given (default the SDK's, 800 ms). */
  retryDelayMs?: number;
}

export function azureSettingsFrom(env: NodeJS.ProcessEnv): AzureSettings {
  const retries = Number(env.AZURE_MAX_RETRIES ?? 3);
  const ca = env.AZURE_CA_CERTIFICATE || undefined;
  return {
    resourceManagerUrl: env.AZURE_RESOURCE_MANAGER_URL || undefined,
    authorityHost: env.AZURE_AUTHORITY_HOST || undefined,
    caCertificate: ca && !ca.includes('-----BEGIN') && existsSync(ca) ? readFileSync(ca, 'utf8') : ca,
    maxRetries: Number.isInteger(retries) && retries >= 0 ? retries : 3,
  };
}
