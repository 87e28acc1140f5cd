#!/usr/bin/env node
// `npx cfplugin ...`: runs tools/cli/main.ts from source through @swc-node/register (no build step, so it
// works on a fresh `npm ci`); tools/tsconfig.json maps the workspace packages to their sources.
'use strict';
const { join } = require('node:path');

process.env.SWC_NODE_PROJECT ??= join(__dirname, '..', '..', 'tsconfig.json');
require('@swc-node/register');
require('../main.ts')
  .main(process.argv.slice(2))
  .then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`cfplugin: ${error && error.stack ? error.stack : error}`);
      process.exitCode = 1;
    },
  );
