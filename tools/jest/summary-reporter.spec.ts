// `npm test` ends with "tests: N passed, N failed, N skipped" as its very last line (README).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

// A jest started from inside a jest worker must not think it is one.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('JEST_')));
childEnv.FORCE_COLOR = '0';

it('the summary line is the last line of a jest run, after jest’s own summary', () => {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/jest/bin/jest.js'), 'tools/local-host/choose-plugin.spec.ts'],
    { cwd: ROOT, encoding: 'utf8', env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], timeout: 50_000 },
  );
  expect(run.status).toBe(0);
  // What a terminal shows: both streams; the line is written last, to stdout, at exit.
  expect(run.stderr).toContain('Ran all test suites');
  expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('tests: 3 passed, 0 failed, 0 skipped');
}, 60_000);
