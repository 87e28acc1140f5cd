// `npm run demo [plugin]`: calls a plugin of a running `npm start` exactly as the Cloudforet
// core would (by reflection only) with the example of its harness, and shows what the
// sandbox received. With several plugins running, the plugin must be named.
import { CoreClient } from '@cloudforet/plugin-testing';
import { serviceOf, type ResourceType } from '../manifest/plugin-manifest';
import { methodKind } from '../cli/method-kind';
import { choosePlugin } from './choose-plugin';
import { readState, STATE_FILE } from './local-host-state';
import { streamSummary } from './stream-summary';

async function main(): Promise<void> {
  let state;
  try {
    state = readState();
  } catch {
    throw new Error(`no ${STATE_FILE}: start the local host first with \`npm start\``);
  }
  const plugin = choosePlugin(state, process.argv[2]);
  const client = await CoreClient.connect(plugin.endpoint);
  try {
    console.log(`services (by reflection): ${client.services.join(', ')}`);
    const init = await client.call(`${serviceOf(plugin.kind as ResourceType)}.init`, { options: plugin.initOptions });
    console.log(`init -> ${JSON.stringify(init)}`);
    const { method, params } = plugin.example;
    if (methodKind(client, method) === 'server_streaming') {
      const started = Date.now();
      const messages: Record<string, unknown>[] = [];
      for await (const message of client.stream(method, params)) messages.push(message);
      console.log(`${method} -> ${messages.length} messages in ${Date.now() - started} ms`);
      console.log(streamSummary(messages));
    } else {
      console.log(`${method} -> ${JSON.stringify(await client.call(method, params))}`);
    }
    if (plugin.received) {
      const received = (await (await fetch(plugin.received)).json()) as unknown[];
      console.log(
        received.length
          ? `the sandbox received (latest of ${received.length}):\n${JSON.stringify(received.at(-1), null, 2)}`
          : 'the sandbox received nothing',
      );
    }
  } finally {
    client.close();
  }
}

main().catch((err: Error) => {
  console.error(`demo failed: ${err.message}`);
  process.exit(1);
});
