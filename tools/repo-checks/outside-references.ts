// Nothing in the repository may point outside it: a clone must be complete. Finds, in the text of the
// tracked files, relative paths (Markdown links, imports, `../x` in prose) that resolve above the
// repository root, absolute paths into a developer's machine, and any mention of the `shared` folder
// beside the repository (which only its authors had).
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export interface OutsideReference {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Relative path-like tokens: `../a/b`, `./x`, in links, quotes, backticks or plain text. */
/** Spelt in two parts so that this file does not match itself (nor other tools that grep for it). */
const SHARED = ['..', 'shared'].join('/');
const RELATIVE = /(?:^|[\s('"`[=])((?:\.\.?\/)+[\w@.\-/]*)/g;
const MACHINE_PATHS = /(?:^|[\s('"`])(\/(?:work|Users|root|tmp\/bash_jobs)[\w.\-/]*)/g;

export function outsideReferences(root: string, file: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const lines = text.split('\n');
  lines.forEach((content, i) => {
    const at = (why: string) => found.push({ file, line: i + 1, text: content.trim().slice(0, 160), why });
    if (content.includes(SHARED)) return at(`refers to ${SHARED}, which is not part of the repository`);
    for (const m of content.matchAll(MACHINE_PATHS)) at(`absolute path ${m[1]} on someone's machine`);
    for (const m of content.matchAll(RELATIVE)) {
      const target = resolve(dirname(join(root, file)), m[1]);
      const rel = relative(root, target);
      if (rel.startsWith('..') || isAbsolute(rel)) at(`${m[1]} resolves outside the repository`);
    }
  });
  return found;
}
