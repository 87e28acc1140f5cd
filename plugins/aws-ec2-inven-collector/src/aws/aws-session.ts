import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SSMClient } from '@aws-sdk/client-ssm';
import type { AwsCredentialIdentity } from '@smithy/types';
import { concurrencyLimit, followSignal } from '@cloudforet/plugin-core';
import { awsClientConfig, openAwsCredentials, type AwsSecret, type AwsSettings } from '@cloudforet/plugin-core/aws';

/** A client of one of the services the collector calls. */
interface SdkClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
}

type ClientClass<C> = new (config: Record<string, unknown>) => C;

/** The command's output type, from its class. */
type OutputOf<Cmd> = Cmd extends {
  resolveMiddleware: (...args: never[]) => (...a: never[]) => Promise<{ output: infer O }>;
}
  ? O
  : never;

/**
 * One collect's (or verify's) AWS access: the credentials (the keys, or the session of `role_arn`),
 * one client per service and region, and every call through one concurrency limit and the RPC's
 * AbortSignal. Retries are the SDK's own (`retryMode: adaptive`, `maxAttempts`): throttling slows
 * the client down instead of failing, and no second retry layer sits on top.
 */
export class AwsSession {
  private readonly clients = new Map<string, SdkClient>();
  private readonly limit: <R>(fn: () => Promise<R>) => Promise<R>;
  calls = 0;

  /** Follows the RPC's signal; every in-flight SDK call and stream merge listens on it (so it may have many listeners). */
  readonly signal: AbortSignal;

  private constructor(
    private readonly credentials: AwsCredentialIdentity,
    private readonly settings: AwsSettings,
    rpcSignal: AbortSignal,
    concurrency: number,
    readonly accountId: string,
  ) {
    this.limit = concurrencyLimit(concurrency);
    this.signal = followSignal(rpcSignal);
  }

  /**
   * Checks the secret the way AWS does: `sts:GetCallerIdentity` with the keys and, with `role_arn`,
   * `sts:AssumeRole` (with `ExternalId` when given) then the identity of the session. Bad keys,
   * a refused role or an external id that does not match throw ERROR_AUTHENTICATE_FAILURE.
   */
  static async open(
    secret: AwsSecret,
    settings: AwsSettings,
    { signal, concurrency }: { signal: AbortSignal; concurrency: number },
  ): Promise<AwsSession> {
    const { credentials, accountId } = await openAwsCredentials(secret, settings, signal);
    return new AwsSession(credentials, settings, signal, concurrency, accountId);
  }

  ec2 = (region: string) => this.client('ec2', region, EC2Client);
  autoScaling = (region: string) => this.client('autoscaling', region, AutoScalingClient);
  elbv2 = (region: string) => this.client('elbv2', region, ElasticLoadBalancingV2Client);
  ssm = (region: string) => this.client('ssm', region, SSMClient);

  /** Sends one command within the concurrency limit, cancelled with the RPC (its clients' requests follow `signal`). */
  send<Cmd extends object>(client: SdkClient, command: Cmd): Promise<OutputOf<Cmd>> {
    return this.limit(async () => {
      this.signal.throwIfAborted();
      this.calls++;
      return (await client.send(command)) as OutputOf<Cmd>;
    });
  }

  close(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private client<C extends SdkClient>(service: string, region: string, Client: ClientClass<C>): C {
    const key = `${service}:${region}`;
    let client = this.clients.get(key) as C | undefined;
    if (!client)
      this.clients.set(
        key,
        (client = new Client(awsClientConfig(this.settings, this.credentials, region, this.signal))),
      );
    return client;
  }
}
