// Repo-wide: no tracked file references the authors' shared folder or any path outside the repository (see
// outside-references.ts). CI runs it with every test (nx run-many -t test).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outsideReferences } from './outside-references';

const ROOT = join(__dirname, '..', '..');
/** Generated or vendored text where path-like tokens are data, not references. */
const SKIPPED = [/^package-lock\.json$/, /^packages\/api\/src\/(gen|gen-legacy|descriptors)\//];

describe('references outside the repository', () => {
  it('no tracked file has one', () => {
    // Tracked files and new ones not yet added (ignored ones excluded).
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((f) => f && !SKIPPED.some((re) => re.test(f)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        return []; // deleted in the working tree
      }
      return text.includes('\0') ? [] : outsideReferences(ROOT, file, text);
    });
    expect(found.map((r) => `${r.file}:${r.line}: ${r.why}`)).toEqual([]);
  });

  it('finds the shared folder, a link above the root, and a machine path; not a path inside', () => {
    // Built from parts, so that this file itself holds none of them.
    const shared = ['..', 'shared'].join('/');
    const machine = ['', 'work', 'main', 'dist'].join('/');
    const text = [
      `see \`${shared}/reference/wire-contract.md\``,
      `see [x](${'../'.repeat(3)}outside.md)`,
      `built in ${machine}`,
      "import { a } from '../common/free-port';",
      'see [docs](../docs/wire-contract.md)',
    ].join('\n');
    expect(outsideReferences('/repo', 'tools/README.md', text).map((r) => [r.line, r.why])).toEqual([
      [1, `refers to ${shared}, which is not part of the repository`],
      [2, `${'../'.repeat(3)}outside.md resolves outside the repository`],
      [3, `absolute path ${machine} on someone's machine`],
    ]);
  });
});
