/** Where the plugin's Cloud Monitoring calls go, from the environment (the sandbox in tests). */
export interface MonitoringSettings {
  /** `GOOGLE_CLOUD_ROOT_URL` (with a trailing /): Cloud Monitoring's root; unset = `https://monitoring.googleapis.com/`. */
  rootUrl?: string;
  /** `GOOGLE_CLOUD_MAX_ATTEMPTS` (default 5): attempts of one read on 429/5xx, waiting Retry-After. */
  maxAttempts: number;
  /** Base of the retries' full-jitter backoff, ms (default 250; tests shorten it). */
  retryBaseMs?: number;
}

export function monitoringSettingsFrom(env: NodeJS.ProcessEnv): MonitoringSettings {
  const attempts = Number(env.GOOGLE_CLOUD_MAX_ATTEMPTS ?? 5);
  return {
    rootUrl: env.GOOGLE_CLOUD_ROOT_URL || undefined,
    maxAttempts: Number.isInteger(attempts) && attempts >= 1 ? attempts : 5,
  };
}
