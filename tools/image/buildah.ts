// The few buildah operations the image check needs. Chroot isolation and the host network:
// no daemon, no privileges beyond root, loopback shared with the sandbox.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ENV = { ...process.env, BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot' };

export async function buildah(args: string[]): Promise<string> {
  const { stdout } = await run('buildah', args, { env: ENV, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

export interface BuildOptions {
  root: string;
  /** Omitted for a stage that needs none (`--target workspace`). */
  plugin?: string;
  tag: string;
  buildArgs: Record<string, string>;
  /** A stage of docker/Dockerfile to stop at. */
  target?: string;
}

/** `buildah bud --layers` of docker/Dockerfile; the build log streams to `log`. */
export function buildImage(
  { root, plugin, tag, buildArgs, target }: BuildOptions,
  log: (line: string) => void,
): Promise<void> {
  const args = ['bud', '--layers', '-f', 'docker/Dockerfile', '-t', tag];
  if (plugin) args.push('--build-arg', `PLUGIN=${plugin}`);
  if (target) args.push('--target', target);
  for (const [key, value] of Object.entries(buildArgs)) args.push('--build-arg', `${key}=${value}`);
  args.push('.');
  return new Promise((resolve, reject) => {
    const child = spawn('buildah', args, { cwd: root, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) log(line);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`buildah bud exited with ${code}:\n${tail.trim()}`)),
    );
  });
}

interface InspectedImage {
  Manifest: string;
  OCIv1: { config: { Entrypoint?: string[]; Cmd?: string[]; User?: string; Labels?: Record<string, string> } };
}

export async function inspectImage(ref: string): Promise<InspectedImage> {
  return JSON.parse(await buildah(['inspect', '--type', 'image', ref])) as InspectedImage;
}

/** Layer sizes (bytes, uncompressed as stored locally), by digest. */
export function layersOf(image: InspectedImage): { digest: string; size: number }[] {
  return (JSON.parse(image.Manifest) as { layers: { digest: string; size: number }[] }).layers;
}

/** A running container: the image's entrypoint + cmd, as its user, with extra env. */
export interface RunningContainer {
  child: ChildProcess;
  /** SIGTERM to the plugin process itself; resolves with the container's exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
  remove(): Promise<void>;
}

export async function startContainer(
  ref: string,
  env: Record<string, string>,
  onLine: (line: string) => void,
): Promise<RunningContainer> {
  const image = await inspectImage(ref);
  const { Entrypoint = [], Cmd = [] } = image.OCIv1.config;
  const name = await buildah(['from', '--quiet', ref]);
  const envArgs = Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
  const child = spawn('buildah', ['run', ...envArgs, name, '--', ...Entrypoint, ...Cmd], {
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (c: Buffer) => c.toString().split('\n').filter(Boolean).forEach(onLine));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    async stop(timeoutMs = 30_000) {
      if (child.exitCode !== null) return child.exitCode;
      // buildah run kills its command when it is signalled itself: signal the plugin process.
      const pid = leafDescendant(child.pid!);
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async remove() {
      await buildah(['rm', name]);
    },
  };
}

/** The deepest process under `pid` (buildah run → chroot runtime → exec → the command). */
function leafDescendant(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  let current = pid;
  for (;;) {
    const child = [...parents].find(([, ppid]) => ppid === current)?.[0];
    if (child === undefined) return current;
    current = child;
  }
}
