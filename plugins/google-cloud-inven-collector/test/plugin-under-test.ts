// Starts the plugin on loopback against a Google Cloud sandbox, with its logs captured, and a core-like client.
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { CoreCallError, CoreClient, LogCapture } from '@cloudforet/plugin-testing';
import type { GcpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';

/** One streamed message as MessageToDict gives it; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = Record<string, any>;

export interface PluginUnderTest {
  endpoint: string;
  client: CoreClient;
  logs: LogCapture;
  /** Every message of one collect. */
  collect(params: Record<string, unknown>): Promise<Message[]>;
  close(): Promise<void>;
}

export async function startPlugin(gcp: GcpSandbox, maxAttempts = 5): Promise<PluginUnderTest> {
  const logs = new LogCapture();
  const running = await startServer(createPlugin({ rootUrl: `${gcp.url}/`, maxAttempts }), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ format: 'json', level: 'debug', destination: logs.destination }),
  });
  const client = await CoreClient.connect(running.endpoint);
  return {
    endpoint: running.endpoint,
    client,
    logs,
    async collect(params) {
      const out: Message[] = [];
      for await (const m of client.stream('Collector.collect', { filter: {}, ...params })) out.push(m);
      return out;
    },
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
