import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `cfplugin --version`: the version of @cloudforet/tools (tools/package.json). */
export function cfpluginVersion(): string {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return `cfplugin ${version}`;
}
