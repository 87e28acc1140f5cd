import { stringify } from 'yaml';
import { CoreCallError, type CoreClient } from '@cloudforet/plugin-testing';
import { CommandFailed } from '../cli-errors';
import type { Command } from '../command';
import { connectPlugin } from '../connect-plugin';
import { methodKind } from '../method-kind';
import { parseCommandArgs } from '../parse-command-args';
import { readParams } from '../read-params';
import { servedHere } from '../served-here';
import { StreamCounter } from '../stream-counter';

const usage = `Usage: cfplugin call <endpoint> <Service.method> [-p params.yaml | --params-json '{...}']

Calls one method the way the Cloudforet core does: the request is built strictly from the plugin's
reflected descriptors (an unknown key fails before anything is sent), metadata token NO_TOKEN.
Prints the response as YAML; a server stream prints each message as a YAML document (---) and counts
them on stderr. A failed call prints <CODE>: <details> on stderr and exits 1.

  -p, --params <file>     request params, YAML or JSON
  --params-json <json>    request params inline
  -h, --help              this help`;

async function printStream(client: CoreClient, method: string, params: Record<string, unknown>): Promise<void> {
  const counter = new StreamCounter();
  try {
    for await (const message of client.stream(method, params)) {
      process.stdout.write(`---\n${stringify(message, { lineWidth: 0 })}`);
      counter.add();
    }
  } finally {
    counter.done();
  }
}

export const callCommand: Command = {
  name: 'call',
  summary: 'call one method as the core would and print the response as YAML',
  usage,
  async run(args) {
    const { values, positionals, help } = parseCommandArgs(
      args,
      { params: { type: 'string', short: 'p' }, 'params-json': { type: 'string' } },
      { min: 2, max: 2 },
    );
    if (help) return (console.log(usage), 0);
    const [endpoint, method] = positionals;
    const params = readParams(values.params as string | undefined, values['params-json'] as string | undefined);
    const client = await connectPlugin(endpoint);
    try {
      const kind = methodKind(client, method);
      if (kind === undefined)
        throw new CommandFailed(`${endpoint} has no ${method}: it serves ${await servedHere(client, endpoint)}`);
      if (kind === 'server_streaming') await printStream(client, method, params);
      else process.stdout.write(stringify(await client.call(method, params), { lineWidth: 0 }));
      return 0;
    } catch (error) {
      if (error instanceof CommandFailed) throw error;
      if (error instanceof CoreCallError) {
        console.error(`${error.codeName}: ${error.details}`);
        return 1;
      }
      throw new CommandFailed((error as Error).message);
    } finally {
      client.close();
    }
  },
};
