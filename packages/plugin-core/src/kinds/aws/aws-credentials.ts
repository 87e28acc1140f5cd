import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { PluginError } from '../../errors/plugin-error';
import { awsErrorText, credentialError } from './aws-errors';
import type { AwsSettings } from './aws-settings';
import type { AwsSecret } from './aws-secret';
import { SignalledHttpHandler } from './signalled-http-handler';

/** The credentials a secret resolves to, and the account they act in. */
export interface AwsIdentity {
  credentials: AwsCredentialIdentity;
  accountId: string;
}

/**
 * Checks the secret the way AWS does: `sts:GetCallerIdentity` with the keys and, with `role_arn`,
 * `sts:AssumeRole` (with `ExternalId` when given) then the identity of the session. Bad keys, a
 * refused role or an external id that does not match throw ERROR_AUTHENTICATE_FAILURE (never the key).
 * `identity: false` skips GetCallerIdentity (a call that only reads data: the first real call checks
 * the keys anyway; accountId is then '').
 */
export async function openAwsCredentials(
  secret: AwsSecret,
  settings: AwsSettings,
  signal: AbortSignal,
  { identity: checkIdentity = true }: { identity?: boolean } = {},
): Promise<AwsIdentity> {
  const keys: AwsCredentialIdentity = {
    accessKeyId: secret.aws_access_key_id,
    secretAccessKey: secret.aws_secret_access_key,
    ...(secret.aws_session_token ? { sessionToken: secret.aws_session_token } : {}),
  };
  const region = secret.region_name || 'us-east-1';
  const sts = new STSClient(awsClientConfig(settings, keys, region));
  try {
    let credentials = keys;
    if (secret.role_arn) {
      const assumed = await sts
        .send(
          new AssumeRoleCommand({
            RoleArn: secret.role_arn,
            RoleSessionName: `cloudforet-${Date.now()}`,
            ...(secret.external_id ? { ExternalId: secret.external_id } : {}),
          }),
          { abortSignal: signal },
        )
        .catch((error: unknown) => {
          throw stsError(error, `sts:AssumeRole of ${secret.role_arn} failed`);
        });
      const c = assumed.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new PluginError('ERROR_AWS_API', 'sts:AssumeRole answered no credentials');
      credentials = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
    }
    if (!checkIdentity) return { credentials, accountId: '' };
    const identityClient = secret.role_arn ? new STSClient(awsClientConfig(settings, credentials, region)) : sts;
    const identity = await identityClient
      .send(new GetCallerIdentityCommand({}), { abortSignal: signal })
      .catch((error: unknown) => {
        throw stsError(error, 'sts:GetCallerIdentity failed');
      })
      .finally(() => identityClient !== sts && identityClient.destroy());
    return { credentials, accountId: identity.Account ?? '' };
  } finally {
    sts.destroy();
  }
}

/**
 * An SDK v3 client's configuration: the region, the credentials, the one endpoint of the settings
 * (the sandbox) and the SDK's own retries (`adaptive`: throttling slows the client down instead of
 * failing), so no second retry layer sits on top. With `signal`, every request of the client is
 * cancelled by it and the client reuses its resolved middleware (send commands without options then).
 */
export function awsClientConfig(
  settings: AwsSettings,
  credentials: AwsCredentialIdentity,
  region: string,
  signal?: AbortSignal,
): Record<string, unknown> {
  return {
    region,
    credentials,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts,
    ...(signal ? { requestHandler: new SignalledHttpHandler(signal), cacheMiddleware: true } : {}),
  };
}

/** A refused credential as ERROR_AUTHENTICATE_FAILURE; any other STS failure as ERROR_AWS_API (never ERROR_UNKNOWN). */
function stsError(error: unknown, what: string): unknown {
  if (error instanceof PluginError || (error as Error)?.name === 'AbortError') return error;
  return (
    credentialError(error, what) ??
    new PluginError('ERROR_AWS_API', `${what}: ${awsErrorText(error)}`, undefined, { cause: error })
  );
}
