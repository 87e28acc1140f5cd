import pino, { type Logger, type DestinationStream } from 'pino';
import { redactValue } from './redact-value';

export type { Logger };

export interface LoggerOptions {
  /** Overrides LOG_LEVEL (default "info"). */
  level?: string;
  /** "json" (default off a TTY) or "pretty" (default on a TTY); overrides LOG_FORMAT. */
  format?: 'json' | 'pretty';
  /** Where lines go (default stdout). Tests pass a capturing stream. */
  destination?: DestinationStream;
}

/**
 * The structured logger of a plugin: JSON lines by default, human-readable on a
 * terminal. Every value of a line (message, fields at any depth, errors, child
 * bindings) is scrubbed of the secrets in use before pino serializes it, so a
 * secret can neither appear nor, whatever characters it holds, break the line.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? 'info';
  const format =
    opts.format ?? (process.env.LOG_FORMAT as LoggerOptions['format']) ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const destination = opts.destination ?? (format === 'pretty' ? prettyStream() : undefined) ?? stdoutDestination();
  return pino(
    {
      level,
      base: undefined,
      timestamp: isoTimeOncePerMs,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redactValue(bindings) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          return method.apply(this, args.map((a) => redactValue(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** Lines waiting for stdout beyond this are dropped (and counted by sonic-boom's 'drop'), not held. */
const MAX_BUFFERED_LOG_BYTES = 16 * 1024 * 1024;

/** Lines are written once this many bytes wait, or at the latest after LOG_FLUSH_MS. */
const LOG_WRITE_BYTES = 4096;
const LOG_FLUSH_MS = 100;

/**
 * stdout written asynchronously and in batches: under load the lines of many calls leave in one
 * write(2) of LOG_WRITE_BYTES instead of one each (a write per RPC line was about 4% of a webhook
 * plugin's CPU), and a quiet plugin's line waits at most LOG_FLUSH_MS (an unref'd timer). pino
 * flushes what is buffered synchronously on exit, and a stdout that stops reading costs at most
 * MAX_BUFFERED_LOG_BYTES of memory.
 */
function stdoutDestination(): DestinationStream {
  return pino.destination({
    fd: 1,
    sync: false,
    minLength: LOG_WRITE_BYTES,
    periodicFlush: LOG_FLUSH_MS,
    maxLength: MAX_BUFFERED_LOG_BYTES,
  });
}

let stampedMs = -1;
let stamp = '';
/** pino's isoTime, formatting the date once per millisecond rather than once per line. */
function isoTimeOncePerMs(): string {
  const now = Date.now();
  if (now !== stampedMs) {
    stampedMs = now;
    stamp = `,"time":"${new Date(now).toISOString()}"`;
  }
  return stamp;
}

function prettyStream(): DestinationStream | undefined {
  // Loaded only on a terminal; plugin bundles leave it out, so they fall back to JSON.
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l' });
  } catch {
    return undefined;
  }
}
