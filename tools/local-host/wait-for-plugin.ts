import type { ChildProcess } from 'node:child_process';
import { CoreClient } from '@cloudforet/plugin-testing';

export interface PluginStatus {
  version: string;
  /** "ok", or why init failed. */
  init: string;
}

/**
 * Waits until the plugin at `endpoint` reports SERVING on grpc.health.v1, then asks its
 * version and calls `<service>.init` with the options the plugin's harness names (default {}).
 */
export async function waitForPlugin(
  endpoint: string,
  service: string,
  initOptions: Record<string, unknown>,
  child: ChildProcess,
): Promise<PluginStatus> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const client = await CoreClient.connect(endpoint, { readyTimeoutMs: 1000 });
      try {
        const { status } = (await client.call('Health.Check', { service: '' })) as { status?: string };
        if (status !== 'SERVING') throw new Error(`health is ${status}`);
        const { version } = (await client.call('ServerInfo.get_version', {})) as { version?: string };
        const init = await client.call(`${service}.init`, { options: initOptions }).then(
          () => 'ok',
          (error: Error) => `failed: ${error.message}`,
        );
        return { version: version ?? '?', init };
      } finally {
        client.close();
      }
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no answer on ${endpoint}: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
