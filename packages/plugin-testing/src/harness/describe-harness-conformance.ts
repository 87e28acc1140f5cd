import { createLogger, startServer, type PluginDefinition, type RunningPlugin } from '@cloudforet/plugin-core';
import { CoreClient } from '../client/core-client';
import { runConformance } from '../conformance/conformance-check';
import type { PluginHarness } from './plugin-harness';

export interface HarnessConformance<S> {
  /** The plugin's factory (`src/plugin.ts`'s createPlugin). */
  createPlugin: () => PluginDefinition;
  /** `startSandbox` from @cloudforet/sandbox (passed in: plugin-testing does not depend on it). */
  startSandbox: () => Promise<S>;
  /** `test/harness.ts`'s harness. */
  harness: (sandbox: S) => Promise<PluginHarness>;
  /** More tests of the same run, registered inside the describe after the two standard ones. */
  more?: (run: () => HarnessRun<S>) => void;
  /**
   * A webhook or protocol: also start it with PLUGIN_API=alert_manager and pass the harness's
   * `alertManagerChecks` (which it must have).
   */
  alertManager?: boolean;
}

/** What the surrounding spec may read once the suite's `beforeAll` has run. */
export interface HarnessRun<S> {
  sandbox: S;
  suite: PluginHarness;
  endpoint: string;
}

/**
 * A plugin's conformance test, in-process and wired exactly as its container is (through the
 * environment its harness gives): every check of the harness's suite passes, in order, and its
 * example call (what `npm run demo` and `cfplugin call` make) is answered. CI's image check
 * runs the same harness against the built image. Returns the running state for extra tests.
 */
export function describeHarnessConformance<S extends { close(): Promise<void> }>(
  title: string,
  { createPlugin, startSandbox, harness, more, alertManager = false }: HarnessConformance<S>,
): () => HarnessRun<S> {
  let run: HarnessRun<S> | undefined;
  let running: RunningPlugin | undefined;
  let alertManagerRunning: RunningPlugin | undefined;
  let sandbox: S | undefined;
  let savedEnv: NodeJS.ProcessEnv | undefined;

  describe(title, () => {
    beforeAll(async () => {
      sandbox = await startSandbox();
      const suite = await harness(sandbox);
      savedEnv = { ...process.env };
      Object.assign(process.env, suite.env);
      const start = (api: 'classic' | 'alert_manager') =>
        startServer(createPlugin(), { host: '127.0.0.1', port: 0, api, logger: createLogger({ level: 'silent' }) });
      running = await start('classic');
      if (alertManager) alertManagerRunning = await start('alert_manager');
      run = { sandbox, suite, endpoint: running.endpoint };
    });
    afterAll(async () => {
      await alertManagerRunning?.shutdown();
      await running?.shutdown();
      await sandbox?.close();
      if (savedEnv) process.env = savedEnv;
    });

    it('passes every check of its suite', async () => {
      const { suite, endpoint } = current();
      const client = await CoreClient.connect(endpoint);
      try {
        const results = await runConformance(client, suite.checks);
        expect(suite.checks.length).toBeGreaterThan(0);
        expect(results.filter((r) => !r.ok)).toEqual([]);
        expect(results.map((r) => r.name)).toEqual(suite.checks.map((c) => c.name));
      } finally {
        client.close();
      }
    });

    it('its example call is one the plugin answers', async () => {
      const { suite, endpoint } = current();
      const client = await CoreClient.connect(endpoint);
      try {
        const { method, params } = suite.example;
        if (client.methodKind(method) === 'server_streaming') {
          const messages: Record<string, unknown>[] = [];
          for await (const message of client.stream(method, params)) messages.push(message);
          expect(messages.length).toBeGreaterThan(0);
        } else {
          await expect(client.call(method, params)).resolves.toEqual(expect.any(Object));
        }
      } finally {
        client.close();
      }
    });

    if (alertManager)
      it('started with PLUGIN_API=alert_manager, passes every check of its alert-manager suite', async () => {
        const checks = current().suite.alertManagerChecks ?? [];
        expect(checks.length).toBeGreaterThan(0);
        const client = await CoreClient.connect(alertManagerRunning!.endpoint);
        try {
          const results = await runConformance(client, checks);
          expect(results.filter((r) => !r.ok)).toEqual([]);
          expect(results.map((r) => r.name)).toEqual(checks.map((c) => c.name));
        } finally {
          client.close();
        }
      });

    more?.(current);
  });

  function current(): HarnessRun<S> {
    if (!run) throw new Error(`${title}: the plugin did not start (see the beforeAll failure)`);
    return run;
  }
  return current;
}
