/** Where the plugin's Google clients go, from the environment (the sandbox in tests). */
export interface GcpSettings {
  /** `GOOGLE_CLOUD_ROOT_URL`: one root for Compute Engine, Cloud Storage, Resource Manager and Cloud Monitoring; unset = Google's own. */
  rootUrl?: string;
  /** `GOOGLE_CLOUD_MAX_ATTEMPTS` (default 5): attempts of one call on 429/5xx, waiting Retry-After. */
  maxAttempts: number;
}

export function gcpSettingsFrom(env: NodeJS.ProcessEnv): GcpSettings {
  const attempts = Number(env.GOOGLE_CLOUD_MAX_ATTEMPTS ?? 5);
  return {
    rootUrl: env.GOOGLE_CLOUD_ROOT_URL || undefined,
    maxAttempts: Number.isInteger(attempts) && attempts >= 1 ? attempts : 5,
  };
}
