// What V8 heap limit the image's Node picks inside a memory-limited cgroup, i.e. whether the
// image sizes its heap from the container's memory limit.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildah, inspectImage } from './buildah';

const run = promisify(execFile);

/** A fresh memory cgroup (v1 or v2) limited to `bytes`, or undefined where we may not create one. */
function memoryCgroup(bytes: number): { procs: string; remove(): void } | undefined {
  const name = `cloudforet-heap-check-${process.pid}`;
  const candidates = [
    { dir: join('/sys/fs/cgroup/memory', name), limit: 'memory.limit_in_bytes' },
    { dir: join('/sys/fs/cgroup', name), limit: 'memory.max' },
  ];
  for (const { dir, limit } of candidates) {
    if (!existsSync(join(dir, '..', limit === 'memory.max' ? 'cgroup.controllers' : 'memory.limit_in_bytes'))) continue;
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, limit), String(bytes));
      return { procs: join(dir, 'cgroup.procs'), remove: () => rmdirSync(dir) };
    } catch {
      try {
        rmdirSync(dir);
      } catch {
        // not created
      }
    }
  }
  return undefined;
}

/** Heap size limit in MiB that the image's node reports when the container may use `limitMiB`. */
export async function heapLimitUnder(ref: string, limitMiB: number): Promise<number | undefined> {
  const cgroup = memoryCgroup(limitMiB * 1024 * 1024);
  if (!cgroup) return undefined;
  const { Entrypoint = [] } = (await inspectImage(ref)).OCIv1.config;
  const name = await buildah(['from', '--quiet', ref]);
  try {
    const script = 'console.log(require("v8").getHeapStatistics().heap_size_limit)';
    const command = ['buildah', 'run', name, '--', ...Entrypoint, '-e', script].map(
      (a) => `'${a.replace(/'/g, `'\\''`)}'`,
    );
    const { stdout } = await run('sh', ['-c', `echo $$ > ${cgroup.procs} && exec ${command.join(' ')}`], {
      env: { ...process.env, BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot' },
    });
    return Math.round(Number(stdout.trim()) / 2 ** 20);
  } finally {
    await buildah(['rm', name]);
    cgroup.remove();
  }
}
