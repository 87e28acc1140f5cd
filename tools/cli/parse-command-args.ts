import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-errors';

export interface ParsedCommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

/**
 * node:util parseArgs, strict, with `-h/--help` on every command; its errors become UsageError.
 * Checks the number of positionals (`min`..`max`) unless help is asked for.
 */
export function parseCommandArgs(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  positionals: { min: number; max: number },
): ParsedCommandArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as ParsedCommandArgs['values'];
  const help = values.help === true;
  const count = parsed.positionals.length;
  if (!help && count < positionals.min) throw new UsageError('missing argument');
  if (!help && count > positionals.max)
    throw new UsageError(`unexpected argument: ${parsed.positionals[positionals.max]}`);
  return { values, positionals: parsed.positionals, help };
}
