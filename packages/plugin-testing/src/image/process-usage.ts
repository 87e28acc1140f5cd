// What a running process has used so far, read from /proc (Linux): the figures a plugin's image
// limits and the benchmarks are checked against.
import { readFileSync } from 'node:fs';

/** Peak resident memory in MB (VmHWM). */
export function peakRssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** CPU seconds, user and system (utime + stime at 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
