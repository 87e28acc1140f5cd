import type { Tree } from '@nx/devkit';
import type { Options } from 'prettier';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import * as markdown from 'prettier/plugins/markdown';
import * as typescript from 'prettier/plugins/typescript';
import * as yaml from 'prettier/plugins/yaml';
import { format } from 'prettier/standalone';

const PLUGINS = [babel, estree, markdown, typescript, yaml];

/** The parser prettier's CLI infers for the files a plugin has; others are left as they are. */
export function parserFor(path: string): string | undefined {
  if (path.endsWith('/package.json') || path === 'package.json') return 'json-stringify';
  const ext = path.slice(path.lastIndexOf('.') + 1);
  const byExt: Record<string, string> = {
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    js: 'babel',
    mjs: 'babel',
    cjs: 'babel',
    json: 'json',
    md: 'markdown',
    yaml: 'yaml',
    yml: 'yaml',
  };
  return Object.hasOwn(byExt, ext) ? byExt[ext] : undefined;
}

/**
 * Formats every file written under `dir` as `prettier --check .` expects, with the tree's
 * .prettierrc.json. Nx's formatFiles loads prettier by a dynamic import that jest cannot run, so
 * the specs would not see what a user gets; the standalone build behaves the same everywhere.
 */
export async function formatPluginFiles(tree: Tree, dir: string): Promise<void> {
  const config = JSON.parse(tree.read('.prettierrc.json', 'utf-8') ?? '{}') as Options;
  const files = tree.listChanges().filter((c) => c.type !== 'DELETE' && c.path.startsWith(`${dir}/`));
  for (const file of files) {
    const parser = parserFor(file.path);
    if (!parser || !file.content) continue;
    tree.write(file.path, await format(file.content.toString('utf-8'), { ...config, parser, plugins: PLUGINS }));
  }
}
