// The plugin's conformance suite, in-process, wired exactly as its container is:
// through the environment its harness gives. CI's image check runs the same harness
// against the built image.
import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { CoreClient, runConformance, type PluginHarness } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describe('googleoauth2-identity-auth conformance (through its harness)', () => {
  let sandbox: Sandbox;
  let running: RunningPlugin;
  let suite: PluginHarness;

  beforeAll(async () => {
    sandbox = await startSandbox();
    suite = harness(sandbox);
    Object.assign(process.env, suite.env);
    running = await startServer(createPlugin(), {
      host: '127.0.0.1',
      port: 0,
      logger: createLogger({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await running?.shutdown();
    await sandbox?.close();
  });

  it('passes every check of its suite', async () => {
    const client = await CoreClient.connect(running.endpoint);
    try {
      const results = await runConformance(client, suite.checks);
      expect(suite.checks.length).toBeGreaterThan(0);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(results.map((r) => r.name)).toEqual(suite.checks.map((c) => c.name));
    } finally {
      client.close();
    }
  });

  // npm start's demo and cfplugin make this call as a unary one.
  it('its example call is one the plugin answers', async () => {
    const client = await CoreClient.connect(running.endpoint);
    try {
      await expect(client.call(suite.example.method, suite.example.params)).resolves.toEqual(expect.any(Object));
    } finally {
      client.close();
    }
  });
});
