import type { PluginDefinition } from '@cloudforet/plugin-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPluginDocs } from './collect-plugin-docs';
import type { SandboxedDocs } from './docs-sandbox';
import { copyTodos, isCommitted } from './copy-todos';
import { prettierOptionsOf } from './format-markdown';
import { renderReadme } from './render-readme';
import { staleHint } from './stale-hint';

/** plugins/<name> -> its `createPlugin`, as the launcher bundles them. */
export type PluginFactories = Record<string, () => PluginDefinition>;

export interface RunDocsOptions {
  root: string;
  /** Compare only: report stale READMEs, write nothing. */
  check: boolean;
  print?: (line: string) => void;
  /** Plugins whose init needs the sandbox (`harness.docsInitOptions`): see docs-sandbox.ts. */
  sandboxed?: SandboxedDocs;
}

/** `npm run docs` / `docs:check` for the given plugins; resolves to the exit code. */
export async function runDocs(factories: PluginFactories, opts: RunDocsOptions): Promise<number> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const prettierOptions = prettierOptionsOf(opts.root);
  const stale: string[] = [];
  const unedited: string[] = [];
  for (const [name, createPlugin] of Object.entries(factories)) {
    const file = join(opts.root, 'plugins', name, 'README.md');
    const relative = `plugins/${name}/README.md`;
    const current = existsSync(file) ? readFileSync(file, 'utf8') : `# ${name}\n`;
    const docs =
      (await opts.sandboxed?.collect(name, createPlugin)) ?? (await collectPluginDocs(opts.root, name, createPlugin()));
    const expected = await renderReadme(current, docs, prettierOptions);
    if (expected === current) {
      print(`docs: ${relative} is up to date`);
    } else if (opts.check) {
      stale.push(relative);
      print(`docs: ${relative} is stale, ${staleHint(current, expected).replace(/\n/g, '\n    ')}`);
    } else {
      writeFileSync(file, expected);
      print(`docs: ${relative} regenerated`);
    }
    const todos = copyTodos(join(opts.root, 'plugins', name));
    if (todos.length) {
      const committed = isCommitted(opts.root, join('plugins', name));
      if (committed) unedited.push(name);
      print(
        `docs: ${committed ? 'error' : 'warning'}: plugins/${name} still has ${todos.length} TODO(copy) placeholder(s) ` +
          `of a copied plugin: ${todos.join(', ')}${committed ? '' : ' (an error once the plugin is committed)'}`,
      );
    }
  }
  if (opts.check && unedited.length)
    print(`docs: ${unedited.length} plugin(s) with TODO(copy) placeholders: write what the plugin really does there.`);
  if (stale.length) print(`docs: ${stale.length} README(s) stale: run \`npm run docs\` and commit the result.`);
  return stale.length || (opts.check && unedited.length) ? 1 : 0;
}
