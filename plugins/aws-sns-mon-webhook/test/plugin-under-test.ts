// The plugin in-process, its SNS connections sent to the sandbox's SNS stand-in.
import { createLogger, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { CoreClient } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox, type SnsSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { SnsHttp } from '../src/sns-http';

export interface PluginUnderTest {
  sandbox: Sandbox;
  sns: SnsSandbox;
  client: CoreClient;
  parse(data: Record<string, unknown>, options?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startPlugin(): Promise<PluginUnderTest> {
  const sandbox = await startSandbox();
  const sns = await sandbox.start('sns');
  const http = new SnsHttp({ connectTo: sns.address, caPem: sns.caPem });
  const running: RunningPlugin = await startServer(createPlugin(http), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ level: 'silent' }),
  });
  const client = await CoreClient.connect(running.endpoint);
  return {
    sandbox,
    sns,
    client,
    parse: async (data, options = {}) =>
      ((await client.call('Event.parse', { options, data })).results ?? []) as Record<string, unknown>[],
    close: async () => {
      client.close();
      await running.shutdown();
      await http.close();
      await sandbox.close();
    },
  };
}
