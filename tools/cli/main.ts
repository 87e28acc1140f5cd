// cfplugin: serve, test, call and register Cloudforet plugins (see tools/README.md).
import { CommandFailed, UsageError } from './cli-errors';
import type { Command } from './command';
import { cfpluginVersion } from './cfplugin-version';
import { callCommand } from './commands/call';
import { registerCommand } from './commands/register';
import { repositoryCommand } from './commands/repository';
import { serveCommand } from './commands/serve';
import { testCommand } from './commands/test';

export const COMMANDS: Command[] = [serveCommand, testCommand, callCommand, registerCommand, repositoryCommand];

export const USAGE = `Usage: cfplugin <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary}`).join('\n')}

Run \`cfplugin <command> --help\` for a command's options; \`cfplugin --version\` for the version.
Exit codes: 0 success, 1 failure, 2 wrong usage.`;

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V') {
    console.log(cfpluginVersion());
    return 0;
  }
  if (name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(name === undefined ? USAGE : `cfplugin: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`cfplugin ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof CommandFailed) {
      console.error(`cfplugin ${command.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
