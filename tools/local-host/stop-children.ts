import type { ChildProcess } from 'node:child_process';

/** SIGTERM to each running child (they drain), SIGKILL to any still running after `graceMs`; resolves once all exited. */
export function stopChildren(children: ChildProcess[], graceMs = 30_000): Promise<void> {
  return Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => (clearTimeout(timer), resolve()));
        child.kill('SIGTERM');
      });
    }),
  ).then(() => undefined);
}
