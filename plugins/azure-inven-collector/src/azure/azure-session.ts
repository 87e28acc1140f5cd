import { ComputeManagementClient } from '@azure/arm-compute';
import { MonitorClient } from '@azure/arm-monitor';
import { NetworkManagementClient } from '@azure/arm-network';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { ClientSecretCredential } from '@azure/identity';
import { authenticateFailure, concurrencyLimit, followSignal } from '@cloudforet/plugin-core';
import type { AzureSecret } from '../azure-secret';
import type { AzureSettings } from '../azure-settings';
import { azureErrorText, rememberArmErrors } from './azure-errors';

const ARM_SCOPE = 'https://management.azure.com/.default';

/** A page iterator as every Azure SDK list method returns it. */
interface Paged<T> {
  byPage(): AsyncIterableIterator<T[]>;
}

/**
 * One collect's (or verify's) Azure access for one subscription: a ClientSecretCredential made
 * from this request's secret (never the process environment, so concurrent collects of different
 * subscriptions stay apart), the ARM clients, one concurrency limit for every call, the RPC's
 * signal on every request, and the SDKs' own retry (429 after Retry-After, 5xx): no second layer.
 */
export class AzureSession {
  readonly compute: ComputeManagementClient;
  readonly network: NetworkManagementClient;
  /** Azure Monitor (a scale set's autoscale settings). */
  readonly monitor: MonitorClient;
  readonly subscriptions: SubscriptionClient;
  readonly signal: AbortSignal;
  /** HTTP requests sent to ARM (retries included). */
  calls = 0;
  private readonly limit: <R>(fn: () => Promise<R>) => Promise<R>;
  private readonly credential: ClientSecretCredential;

  constructor(
    readonly secret: AzureSecret,
    settings: AzureSettings,
    { signal, concurrency }: { signal: AbortSignal; concurrency: number },
  ) {
    this.signal = followSignal(signal);
    this.limit = concurrencyLimit(concurrency);
    const counter: PipelinePolicy = {
      name: 'cloudforetCallCounter',
      sendRequest: (request, next) => {
        this.calls++;
        return next(request);
      },
    };
    const common = {
      retryOptions: {
        maxRetries: settings.maxRetries,
        ...(settings.retryDelayMs !== undefined ? { retryDelayInMs: settings.retryDelayMs } : {}),
      },
      ...(settings.caCertificate ? { tlsOptions: { ca: settings.caCertificate } } : {}),
      userAgentOptions: { userAgentPrefix: 'cloudforet-azure-inven-collector' },
    };
    this.credential = new ClientSecretCredential(secret.tenant_id, secret.client_id, secret.client_secret, {
      ...common,
      ...(settings.authorityHost ? { authorityHost: settings.authorityHost } : {}),
      // A private authority host is not one Entra's instance discovery knows.
      disableInstanceDiscovery: Boolean(settings.authorityHost),
    });
    const arm = {
      ...common,
      additionalPolicies: [
        { policy: counter, position: 'perRetry' as const },
        { policy: rememberArmErrors, position: 'perRetry' as const },
      ],
      ...(settings.resourceManagerUrl ? { endpoint: settings.resourceManagerUrl } : {}),
    };
    this.compute = new ComputeManagementClient(this.credential, secret.subscription_id, {
      ...arm,
      credentials: { scopes: [ARM_SCOPE] },
    });
    this.network = new NetworkManagementClient(this.credential, secret.subscription_id, {
      ...arm,
      credentialScopes: [ARM_SCOPE],
    });
    this.monitor = new MonitorClient(this.credential, secret.subscription_id, {
      ...arm,
      credentialScopes: [ARM_SCOPE],
    });
    this.subscriptions = new SubscriptionClient(this.credential, { ...arm, credentialScopes: [ARM_SCOPE] });
  }

  /**
   * Gets a token with the client secret at the tenant's token endpoint: a wrong secret, an unknown
   * client or tenant fail with ERROR_AUTHENTICATE_FAILURE and Entra's reason (never the secret).
   */
  async authenticate(): Promise<void> {
    try {
      // As the SDKs' bearer policy asks (CAE on), so that their calls reuse this token from the cache.
      await this.credential.getToken(ARM_SCOPE, { abortSignal: this.signal, enableCae: true });
    } catch (error) {
      if (this.signal.aborted) throw error;
      throw authenticateFailure(`Azure AD rejected the client secret credential: ${azureErrorText(error)}`);
    }
  }

  /** One ARM call within the limit, cancelled with the RPC. */
  call<T>(request: (options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    return this.limit(() => {
      this.signal.throwIfAborted();
      return request({ abortSignal: this.signal });
    });
  }

  /**
   * A list's pages (`nextLink` followed by the SDK), each page asked for within the limit, page
   * N+1 asked for while page N is shaped.
   */
  async *pages<T>(list: (options: { abortSignal: AbortSignal }) => Paged<T>): AsyncGenerator<T[]> {
    const iterator = list({ abortSignal: this.signal }).byPage();
    const next = () => {
      const page = this.limit(() => {
        this.signal.throwIfAborted();
        return iterator.next();
      });
      page.catch(() => undefined); // awaited below unless the consumer stopped first
      return page;
    };
    let pending = next();
    for (;;) {
      const page = await pending;
      if (page.done) return;
      pending = next();
      yield page.value;
    }
  }

  /** Every item of a list (the related lists a VM is shaped with). */
  async all<T>(list: (options: { abortSignal: AbortSignal }) => Paged<T>): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages(list)) out.push(...page);
    return out;
  }
}
