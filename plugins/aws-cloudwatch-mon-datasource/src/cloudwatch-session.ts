import { setMaxListeners } from 'node:events';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { concurrencyLimit, PluginError, type CallContext, type Logger } from '@cloudforet/plugin-core';
import {
  awsClientConfig,
  awsErrorText,
  awsSecretOf,
  credentialError,
  openAwsCredentials,
  type AwsSettings,
} from '@cloudforet/plugin-core/aws';
import type { AwsCredentialIdentity } from '@smithy/types';

/** Bound on concurrent CloudWatch calls of one RPC. */
export const CONCURRENT_CALLS = 8;

/** What the session sends: a CloudWatch command (the client's `send` overloads, loosened to one signature). */
type Send = (command: object) => Promise<unknown>;

/**
 * One RPC's CloudWatch access: the secret's credentials (an assumed role's session with `role_arn`),
 * one client per region, every call through one concurrency limit and the RPC's signal. Retries are
 * the SDK's (`adaptive`, AWS_MAX_ATTEMPTS): throttling slows the client down instead of failing.
 */
export class CloudWatchSession {
  private readonly clients = new Map<string, CloudWatchClient>();
  private readonly limit = concurrencyLimit(CONCURRENT_CALLS);

  private constructor(
    private readonly credentials: AwsCredentialIdentity,
    private readonly settings: AwsSettings,
    readonly signal: AbortSignal,
    readonly log: Logger,
  ) {}

  /** Resolves the secret without an extra STS call for plain keys (the first CloudWatch call checks them). */
  static async open(secretData: Record<string, unknown> | undefined, settings: AwsSettings, ctx: CallContext) {
    const { credentials } = await openAwsCredentials(awsSecretOf(secretData), settings, ctx.signal, {
      identity: false,
    });
    setMaxListeners(0, ctx.signal); // every in-flight call listens on it
    return new CloudWatchSession(credentials, settings, ctx.signal, ctx.log);
  }

  /** Sends one command in `region`, within the concurrency limit, cancelled with the RPC (the client's requests follow its signal). */
  send<Output>(region: string, command: object): Promise<Output> {
    return this.limit(async () => {
      this.signal.throwIfAborted();
      const client = this.client(region);
      return (await (client.send as Send).call(client, command)) as Output;
    });
  }

  close(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private client(region: string): CloudWatchClient {
    let client = this.clients.get(region);
    if (!client)
      this.clients.set(
        region,
        (client = new CloudWatchClient(awsClientConfig(this.settings, this.credentials, region, this.signal))),
      );
    return client;
  }
}

/** What the core is told when CloudWatch refuses a call: ERROR_AUTHENTICATE_FAILURE for the credentials, else ERROR_AWS_API. */
export function cloudWatchError(error: unknown, action: string): PluginError {
  if (error instanceof PluginError) return error;
  return (
    credentialError(error, `cloudwatch:${action} refused the credentials`) ??
    new PluginError('ERROR_AWS_API', `cloudwatch:${action} failed: ${awsErrorText(error)}`, undefined, { cause: error })
  );
}
