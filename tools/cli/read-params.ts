import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CommandFailed, UsageError } from './cli-errors';

/** The request dict of `call`: `-p params.yaml` (YAML or JSON), `--params-json '{...}'`, or `{}`. */
export function readParams(file?: string, json?: string): Record<string, unknown> {
  if (file !== undefined && json !== undefined) throw new UsageError('give -p or --params-json, not both');
  let value: unknown = {};
  try {
    if (file !== undefined) value = parse(readFileSync(file, 'utf8')) ?? {};
    if (json !== undefined) value = JSON.parse(json);
  } catch (error) {
    throw new CommandFailed(`cannot read the params (${file ?? '--params-json'}): ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CommandFailed(`the params must be a mapping (got ${JSON.stringify(value)})`);
  return value as Record<string, unknown>;
}
