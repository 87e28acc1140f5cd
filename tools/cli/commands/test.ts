import { runConformance } from '@cloudforet/plugin-testing';
import type { Command } from '../command';
import { checksForPlugin } from '../checks-for-plugin';
import { conformanceReport } from '../../common/conformance-report';
import { connectPlugin } from '../connect-plugin';
import { parseCommandArgs } from '../parse-command-args';

const usage = `Usage: cfplugin test <endpoint>

Connects to a running plugin the way the Cloudforet core does (reflection only), detects its kind from
the services it lists and runs the conformance checks that need no fixture. Prints one line per check
and a summary; exits 0 only if every check passes.

  <endpoint>    grpc://host:port, grpc+ssl://host:port or host:port
  -h, --help    this help`;

export const testCommand: Command = {
  name: 'test',
  summary: 'run the conformance checks against a running plugin',
  usage,
  async run(args) {
    const { positionals, help } = parseCommandArgs(args, {}, { min: 1, max: 1 });
    if (help) return (console.log(usage), 0);
    const endpoint = positionals[0];
    const client = await connectPlugin(endpoint);
    try {
      const { kind, checks } = checksForPlugin(client);
      console.log(`${endpoint}: ${kind ?? 'unknown kind'} (${client.services.join(', ')})\n`);
      const results = await runConformance(client, checks);
      console.log(conformanceReport(results));
      return results.every((r) => r.ok) ? 0 : 1;
    } finally {
      client.close();
    }
  },
};
