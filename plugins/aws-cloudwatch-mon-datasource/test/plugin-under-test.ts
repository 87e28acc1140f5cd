// Starts the plugin on loopback against an AWS sandbox, with its logs captured, and a core-like client.
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { CoreCallError, CoreClient, LogCapture } from '@cloudforet/plugin-testing';
import type { AwsSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

export interface PluginUnderTest {
  client: CoreClient;
  logs: LogCapture;
  close(): Promise<void>;
}

export async function startPlugin(aws: AwsSandbox, maxAttempts = 10): Promise<PluginUnderTest> {
  const logs = new LogCapture();
  const running = await startServer(createPlugin({ endpoint: aws.url, maxAttempts }), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ format: 'json', level: 'debug', destination: logs.destination }),
  });
  const client = await CoreClient.connect(running.endpoint);
  return {
    client,
    logs,
    close: async () => {
      client.close();
      await running.shutdown();
    },
  };
}

/** The CoreCallError a call must fail with. */
export async function callFailure(call: Promise<unknown>): Promise<CoreCallError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoreCallError);
  return error as CoreCallError;
}
