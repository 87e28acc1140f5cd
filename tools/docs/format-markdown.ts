import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import * as markdown from 'prettier/plugins/markdown';
import * as yaml from 'prettier/plugins/yaml';
import { format } from 'prettier/standalone';
import type { Options } from 'prettier';

/**
 * Formats Markdown as `prettier --check .` expects it, embedded ```json and ```yaml blocks included.
 * The standalone build needs no dynamic imports, so it runs the same under jest, tsx and an esbuild bundle.
 */
export function formatMarkdown(text: string, options: Options = {}): Promise<string> {
  return format(text, { ...options, parser: 'markdown', plugins: [markdown, yaml, babel, estree] });
}

/** The repository's .prettierrc.json. */
export function prettierOptionsOf(root: string): Options {
  return JSON.parse(readFileSync(join(root, '.prettierrc.json'), 'utf8')) as Options;
}
