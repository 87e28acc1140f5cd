// `npm run demo [plugin]`: calls a plugin of a running `npm start` exactly as the Cloudforet
// core would (by reflection only) with the example of its harness, and shows what the
// sandbox received. With several plugins running, the plugin must be named.
import { CoreClient } from '@cloudforet/plugin-testing';
import { serviceOf, type ResourceType } from '../manifest/plugin-manifest';
import { choosePlugin } from './choose-plugin';
import { readState, STATE_FILE } from './local-host-state';

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
    const response = await client.call(plugin.example.method, plugin.example.params);
    console.log(`${plugin.example.method} -> ${JSON.stringify(response)}`);
    const messages = (await (await fetch(`${state.sandboxUrl}/_sandbox/messages`)).json()) as unknown[];
    console.log(
      messages.length
        ? `sandbox received (latest):\n${JSON.stringify(messages.at(-1), null, 2)}`
        : 'sandbox received nothing (this plugin does not talk to the Slack sandbox)',
    );
  } finally {
    client.close();
  }
}

main().catch((err: Error) => {
  console.error(`demo failed: ${err.message}`);
  process.exit(1);
});
