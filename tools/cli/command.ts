/** One `cfplugin <name>` command. */
export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** Full help text (`cfplugin <name> --help`). */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
