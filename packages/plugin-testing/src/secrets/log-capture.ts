import { Writable } from 'node:stream';

/**
 * A log destination that keeps every line in memory; pass `destination` to
 * plugin-core's `createLogger` (or `startServer({ logger })`) in tests.
 */
export class LogCapture {
  readonly lines: string[] = [];
  readonly destination = new Writable({
    write: (chunk, _encoding, callback) => {
      this.lines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });

  /** The lines parsed as JSON records (non-JSON lines are skipped). */
  records(): Record<string, unknown>[] {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  get text(): string {
    return this.lines.join('\n');
  }
}
