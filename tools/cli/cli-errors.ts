/** Wrong command line: the command's usage goes to stderr and the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran and failed: one message on stderr, exit code 1. */
export class CommandFailed extends Error {
  override readonly name = 'CommandFailed';
}
