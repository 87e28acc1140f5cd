import {
  createLogger,
  startServer,
  type PluginApi,
  type PluginDefinition,
  type RunningPlugin,
} from '@cloudforet/plugin-core';
import { CoreClient } from '../client/core-client';

/** A plugin served in-process on a free loopback port, with a connected core-like client, for one describe. */
export function servedInDescribe(
  createPlugin: () => PluginDefinition,
  api: PluginApi = 'classic',
): () => { running: RunningPlugin; client: CoreClient } {
  let served: { running: RunningPlugin; client: CoreClient } | undefined;
  beforeAll(async () => {
    const running = await startServer(createPlugin(), {
      host: '127.0.0.1',
      port: 0,
      api,
      logger: createLogger({ level: 'silent' }),
    });
    served = { running, client: await CoreClient.connect(running.endpoint) };
  });
  afterAll(async () => {
    served?.client.close();
    await served?.running.shutdown();
  });
  return () => served!;
}
