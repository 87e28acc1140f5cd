// What the baseline children (`*-bare-calls.ts`) share: wait for the job from the bench, time its
// calls (wall and this process's CPU) and send the counts back (runBareCalls in collect-common.ts).
import { performance } from 'node:perf_hooks';

export function serveBareCalls<J>(work: (job: J) => Promise<{ calls: number } & Record<string, number>>): void {
  process.once('message', (job: J) => {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    work(job).then(
      (counts) => {
        const wallMs = performance.now() - started;
        const cpu = process.cpuUsage(cpu0);
        process.send!({ ...counts, wallMs, cpuS: (cpu.user + cpu.system) / 1e6 }, () => process.exit(0));
      },
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
