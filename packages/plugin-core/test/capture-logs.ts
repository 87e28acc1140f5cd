import { Writable } from 'node:stream';
import { createLogger } from '../src/logging/logger';

/** A JSON logger whose lines are kept in memory, for asserting on what would be logged. */
export function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'debug', format: 'json', destination });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
