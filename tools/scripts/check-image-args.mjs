#!/usr/bin/env node
// The image build's first check: PLUGIN names a plugin folder, and VERSION (when given)
// is that plugin's package.json version, so the OCI version label cannot lie.
//   node tools/scripts/check-image-args.mjs <plugin> [version]
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [plugin = '', version = ''] = process.argv.slice(2);
const fail = (message) => {
  console.error(`image build: ${message}`);
  process.exit(1);
};
if (!plugin) fail('--build-arg PLUGIN=<folder under plugins/> is required');
const pkgFile = join(root, 'plugins', plugin, 'package.json');
if (!existsSync(join(root, 'plugins', plugin, 'src/main.ts'))) fail(`no plugin named "${plugin}" under plugins/`);
const actual = JSON.parse(readFileSync(pkgFile, 'utf8')).version;
if (version && version !== actual)
  fail(`--build-arg VERSION=${version} but plugins/${plugin}/package.json says ${actual}`);
console.log(`image build: plugin-${plugin} ${actual}`);
