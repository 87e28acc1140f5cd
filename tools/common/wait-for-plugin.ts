import { CoreClient } from '@cloudforet/plugin-testing';

export interface PluginStatus {
  version: string;
  /** "ok", or why init failed. */
  init: string;
}

export interface WaitOptions {
  /** The service whose init the core calls (resource_type after the dot). */
  service: string;
  /** Options with which init succeeds (the plugin harness' `initOptions`). */
  initOptions: Record<string, unknown>;
  /** True once the plugin's process or container is gone: stop waiting. */
  exited: () => boolean;
  timeoutMs?: number;
}

/**
 * Polls `endpoint` until the plugin reports SERVING on grpc.health.v1, then asks its version
 * and calls `<service>.init` once, as the core does first. Used by `npm start` and the image check.
 */
export async function waitForPlugin(endpoint: string, opts: WaitOptions): Promise<PluginStatus> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    if (opts.exited()) throw new Error('exited before answering');
    try {
      const client = await CoreClient.connect(endpoint, { readyTimeoutMs: 500 });
      try {
        const { status } = (await client.call('Health.Check', { service: '' })) as { status?: string };
        if (status !== 'SERVING') throw new Error(`health is ${status}`);
        const { version } = (await client.call('ServerInfo.get_version', {})) as { version?: string };
        const init = await client.call(`${opts.service}.init`, { options: opts.initOptions }).then(
          () => 'ok',
          (error: Error) => `failed: ${error.message}`,
        );
        return { version: version ?? '?', init };
      } finally {
        client.close();
      }
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no answer on ${endpoint}: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
