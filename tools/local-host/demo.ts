// `npm run demo [plugin]`: calls a running local plugin (npm start) exactly as the
// Cloudforet core would, by reflection only, and shows what the sandbox received.
import { CoreClient } from '@cloudforet/plugin-testing';
import { LOCAL_PLUGINS } from './plugins';

const FIRST_PORT = Number(process.env.FIRST_PORT ?? 50051);
const SANDBOX_URL = process.env.SANDBOX_URL ?? `http://127.0.0.1:${process.env.SANDBOX_SLACK_PORT ?? 50151}`;

async function main(): Promise<void> {
  const name = process.argv[2] ?? LOCAL_PLUGINS[0].name;
  const index = LOCAL_PLUGINS.findIndex((p) => p.name === name);
  if (index < 0) throw new Error(`unknown plugin ${name}`);
  const plugin = LOCAL_PLUGINS[index];
  const endpoint = `127.0.0.1:${FIRST_PORT + index}`;
  const client = await CoreClient.connect(endpoint);
  try {
    console.log(`services (by reflection): ${client.services.join(', ')}`);
    const init = await client.call(`${plugin.kind.split('.')[1]}.init`, { options: {} });
    console.log(`init -> ${JSON.stringify(init)}`);
    const response = await client.call(plugin.example.method, plugin.example.params);
    console.log(`${plugin.example.method} -> ${JSON.stringify(response)}`);
    const messages = (await (await fetch(`${SANDBOX_URL}/_sandbox/messages`)).json()) as unknown[];
    console.log(`sandbox received (latest):\n${JSON.stringify(messages.at(-1), null, 2)}`);
  } finally {
    client.close();
  }
}

main().catch((err: Error) => {
  console.error(`demo failed: ${err.message}\n(is \`npm start\` running?)`);
  process.exit(1);
});
