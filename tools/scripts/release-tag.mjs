#!/usr/bin/env node
// `node tools/scripts/release-tag.mjs <plugin>@<version>`: what the release workflow builds for a tag
// that `nx release` made. Checks that plugins/<plugin> exists and that its package.json and plugin.yaml
// both say <version>, then prints GitHub step outputs: plugin=, version=, image= (plugin.yaml's image).
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function releaseOfTag(tag, root = ROOT) {
  const match = /^([a-z0-9][a-z0-9-]*)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag ?? '');
  if (!match) throw new Error(`"${tag}" is not a release tag <plugin>@<version> (as nx release makes them)`);
  const [, plugin, version] = match;
  const dir = join(root, 'plugins', plugin);
  if (!existsSync(join(dir, 'plugin.yaml'))) throw new Error(`${tag}: there is no plugins/${plugin}/plugin.yaml`);
  const pkgVersion = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const yaml = readFileSync(join(dir, 'plugin.yaml'), 'utf8');
  const yamlVersion = /^version: *(\S+)/m.exec(yaml)?.[1];
  const image = /^image: *(\S+)/m.exec(yaml)?.[1];
  if (pkgVersion !== version || yamlVersion !== version)
    throw new Error(
      `${tag}: package.json says ${pkgVersion}, plugin.yaml says ${yamlVersion}; all three must agree (nx release sets them)`,
    );
  return { plugin, version, image };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { plugin, version, image } = releaseOfTag(process.argv[2]);
    console.log(`plugin=${plugin}\nversion=${version}\nimage=${image}`);
  } catch (error) {
    console.error(`release-tag: ${error.message}`);
    process.exit(1);
  }
}
