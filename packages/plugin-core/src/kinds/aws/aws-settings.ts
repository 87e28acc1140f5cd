/** Where the plugin's AWS clients go and how they retry, from the environment (the sandbox in tests). */
export interface AwsSettings {
  /** `AWS_ENDPOINT_URL`: one endpoint for every service (the sandbox); unset = AWS's own per region. */
  endpoint?: string;
  /** `AWS_MAX_ATTEMPTS` (default 10, as upstream's boto3 `retries.max_attempts`). */
  maxAttempts: number;
}

export function awsSettingsFrom(env: NodeJS.ProcessEnv): AwsSettings {
  const attempts = Number(env.AWS_MAX_ATTEMPTS ?? 10);
  return {
    endpoint: env.AWS_ENDPOINT_URL || undefined,
    maxAttempts: Number.isInteger(attempts) && attempts >= 1 ? attempts : 10,
  };
}
