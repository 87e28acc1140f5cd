// What the collector benchmarks share: a plugin process per run (its peak RSS and CPU read from
// /proc), and draining a collect stream the way inventory consumes it, counting every resource once.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreClient } from '@cloudforet/plugin-testing';

export interface Plugin {
  child: ChildProcess;
  endpoint: string;
}

/** Forks collector-server.js serving `collector` (`aws`, `gcp` or `azure`) with `env`, and waits for its port. */
export async function startCollector(collector: 'aws' | 'gcp' | 'azure', env: Record<string, string>): Promise<Plugin> {
  const child = fork(join(__dirname, 'collector-server.js'), [collector], {
    // The heap the image gives the plugin under a 512 MiB memory limit (75 %), so peak RSS shows what it needs.
    execArgv: [
      '--max-old-space-size=384',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { child, endpoint: `127.0.0.1:${message.port}` };
}

/** Peak resident set of a process (Linux VmHWM), MB. */
export function peakRssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** CPU seconds a process has used (user + system, from /proc). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function stopPlugin(p: Plugin): Promise<void> {
  p.child.kill('SIGTERM');
  await once(p.child, 'exit');
}

export interface Tally {
  messages: number;
  services: number;
  failures: number;
  duplicates: number;
  ids: Set<string>;
}

export async function drain(client: CoreClient, params: Record<string, unknown>, tally: Tally): Promise<void> {
  for await (const m of client.stream('Collector.collect', params)) {
    tally.messages++;
    if (m.state === 'FAILURE') tally.failures++;
    if (m.resource_type !== 'inventory.CloudService') continue;
    tally.services++;
    const r = m.resource as { cloud_service_type: string; reference: { resource_id: string } };
    const key = `${r.cloud_service_type}/${r.reference.resource_id}`;
    if (tally.ids.has(key)) tally.duplicates++;
    else tally.ids.add(key);
  }
}

export const newTally = (): Tally => ({ messages: 0, services: 0, failures: 0, duplicates: 0, ids: new Set() });

export const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
