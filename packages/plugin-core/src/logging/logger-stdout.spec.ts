import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

// stdout is written asynchronously: what a plugin logged just before it exits (a fatal error, the
// end of a drain) must still reach the pipe, and a stdout that nobody reads must not block it.
describe('createLogger on stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-core-logger-'));
  const script = join(dir, 'log-and-exit.js');

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'entry.ts'),
      `import { createLogger } from ${JSON.stringify(join(__dirname, 'logger'))};
const log = createLogger({ format: 'json' });
for (let i = 0; i < Number(process.argv[2]); i++) log.info({ i }, 'line');
process.exit(Number(process.argv[3] ?? 0));`,
    );
    await build({
      entryPoints: [join(dir, 'entry.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(lines: number, exitCode: number): Promise<{ out: string; code: number | null }> {
    const child = spawn(process.execPath, [script, String(lines), String(exitCode)]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    return new Promise((resolve) => child.on('close', (code) => resolve({ out, code })));
  }

  it('flushes every line written before process.exit, in order', async () => {
    const { out, code } = await run(20_000, 3);
    expect(code).toBe(3);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(20_000);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', i: 0, msg: 'line' });
    expect(JSON.parse(lines[19_999]!)).toMatchObject({ i: 19_999 });
    expect(lines.every((line, i) => JSON.parse(line).i === i)).toBe(true);
  });
});
