import type { Tree } from '@nx/devkit';
import { posix } from 'node:path';

/** Build and install outputs, never part of a plugin's source. */
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.nx', 'tmp']);

/** Every file under `dir` of the tree, relative to it, without build outputs. */
export function sourceFiles(tree: Tree, dir: string, prefix = ''): string[] {
  return tree.children(posix.join(dir, prefix)).flatMap((child) => {
    if (SKIPPED.has(child)) return [];
    const rel = prefix ? `${prefix}/${child}` : child;
    return tree.isFile(posix.join(dir, rel)) ? [rel] : sourceFiles(tree, dir, rel);
  });
}

/** Text is what decodes as UTF-8 without a NUL byte; anything else is copied byte for byte. */
export function asText(content: Buffer): string | undefined {
  if (content.includes(0)) return undefined;
  const text = content.toString('utf8');
  return Buffer.from(text, 'utf8').equals(content) ? text : undefined;
}
