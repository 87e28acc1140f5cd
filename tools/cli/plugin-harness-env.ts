import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginHarness } from '@cloudforet/plugin-testing';
import type { Sandbox } from '@cloudforet/sandbox';
import { CommandFailed } from './cli-errors';
import { pluginDir } from './repo-root';

/** plugins/<name>/test/harness.ts's `harness(sandbox)`, loaded by path (the CLI runs TypeScript sources). */
export async function loadHarness(name: string, sandbox: Sandbox): Promise<PluginHarness> {
  const file = join(pluginDir(name), 'test', 'harness.ts');
  if (!existsSync(file)) throw new CommandFailed(`plugins/${name} has no test/harness.ts to wire it to the sandbox`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { harness } = require(file) as { harness: (sandbox: Sandbox) => Promise<PluginHarness> };
  return harness(sandbox);
}
