#!/usr/bin/env node
// `npm run docs [plugin...]` / `npm run docs:check [plugin...]`: see tools/docs/main.ts.
import { ROOT, requireDependencies, runTool } from './run-tool.mjs';

requireDependencies();
process.chdir(ROOT);
process.exit(await runTool('docs/main', process.argv.slice(2)));
