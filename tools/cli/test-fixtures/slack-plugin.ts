import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { LogCapture } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { createPlugin } from '@cloudforet/plugin-slack-noti-protocol/src/plugin';
import { harness } from '@cloudforet/plugin-slack-noti-protocol/test/harness';

export interface RunningSlack {
  plugin: RunningPlugin;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** The Slack plugin in-process on a free port, wired to a sandbox by the env of its own harness. */
export async function startSlackPlugin(): Promise<RunningSlack> {
  const sandbox = await startSandbox();
  const saved = { ...process.env };
  Object.assign(process.env, (await harness(sandbox)).env);
  let plugin: RunningPlugin;
  try {
    plugin = await startServer(createPlugin(), {
      host: '127.0.0.1',
      port: 0,
      graceMs: 0,
      logger: createLogger({ format: 'json', destination: new LogCapture().destination }),
    });
  } finally {
    process.env = saved;
  }
  return {
    plugin,
    sandbox,
    close: async () => {
      await plugin.shutdown();
      await sandbox.close();
    },
  };
}
