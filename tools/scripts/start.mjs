#!/usr/bin/env node
// `npm start [--host H] [plugin...]`: bundles the plugins and the local host, then runs it.
// `npm run demo [plugin]`: calls a running `npm start` as the core would.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, requireDependencies, runTool } from './run-tool.mjs';

requireDependencies();
const demo = process.argv[2] === '--demo';
const args = process.argv.slice(demo ? 3 : 2);
if (!demo) {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: { host: { type: 'string' } } });
  execFileSync(process.execPath, [join(ROOT, 'tools/scripts/build-plugin.mjs'), ...positionals], { stdio: 'inherit' });
}
process.exit(await runTool(demo ? 'local-host/demo' : 'local-host/start', args));
