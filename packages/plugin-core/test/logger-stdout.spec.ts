import { join } from 'node:path';
import { bundleScript, type BundledScript } from './bundled-script';

// stdout is written asynchronously: what a plugin logged just before it exits (a fatal error, the
// end of a drain) must still reach the pipe.
describe('createLogger on stdout', () => {
  let script: BundledScript;

  beforeAll(async () => {
    script = await bundleScript(
      `import { createLogger } from ${JSON.stringify(join(__dirname, '../src/logging/logger'))};
const log = createLogger({ format: 'json' });
for (let i = 0; i < Number(process.argv[2]); i++) log.info({ i }, 'line');
process.exit(Number(process.argv[3] ?? 0));`,
    );
  });
  afterAll(() => script.remove());

  it('flushes every line written before process.exit, in order', async () => {
    const { out, code } = await script.run([], ['20000', '3']);
    expect(code).toBe(3);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(20_000);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', i: 0, msg: 'line' });
    expect(JSON.parse(lines[19_999]!)).toMatchObject({ i: 19_999 });
    expect(lines.every((line, i) => JSON.parse(line).i === i)).toBe(true);
  });
});
