import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpuSeconds, peakRssMB } from './process-usage';

/** Peak RSS of a fresh Node process that has written `mb` MB of memory, read while it runs. */
async function peakOfChildTouching(mb: number): Promise<number> {
  const script = `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); console.log('ready', b[b.length - 1]); setTimeout(() => {}, 30000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await once(child.stdout, 'data');
    return peakRssMB(child.pid!);
  } finally {
    child.kill('SIGKILL');
  }
}

describe('process usage from /proc', () => {
  it('peak RSS in MB counts the memory a process has touched', async () => {
    const idle = await peakOfChildTouching(0);
    const touched = await peakOfChildTouching(128);
    expect(idle).toBeGreaterThan(10);
    expect(touched - idle).toBeGreaterThan(110);
    expect(touched - idle).toBeLessThan(150);
  });

  it('CPU seconds grow with work and match what the process itself counts', () => {
    const before = cpuSeconds(process.pid);
    const started = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(started).user < 300_000) x += Math.sqrt(x + 1);
    const used = cpuSeconds(process.pid) - before;
    expect(x).toBeGreaterThan(0);
    expect(used).toBeGreaterThanOrEqual(0.25);
    expect(used).toBeLessThan(2);
  });
});
