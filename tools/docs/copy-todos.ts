// The TODO(copy) placeholders a `--from` copy starts with (tools/generators/plugin/copy-placeholders.ts):
// `npm run docs:check` lists them, as a warning while the copy is new (not yet committed) and as an
// error once the plugin is one of the repository's own, so that no claim of the source ships.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COPY_TODO } from '../generators/plugin/copy-placeholders';

const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.nx', 'tmp']);

/** `README.md:3`-style places of every TODO(copy) left in a plugin's folder. */
export function copyTodos(pluginDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => line.includes(COPY_TODO) && found.push(`${relative(pluginDir, path)}:${i + 1}`));
    }
  };
  walk(pluginDir);
  return found.sort();
}

/** True when git tracks files of `dir` (a committed plugin); false for a new folder or outside a git repository. */
export function isCommitted(root: string, dir: string): boolean {
  try {
    return (
      execFileSync('git', ['ls-files', '--', dir], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim().length > 0
    );
  } catch {
    return false;
  }
}
