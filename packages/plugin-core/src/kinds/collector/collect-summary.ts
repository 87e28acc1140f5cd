import type { Logger } from '../../logging/logger';
import type { TypeStats } from './type-stats';

/** The calls one collect made to the provider: `{ field: 'aws_calls', count, of: 'AWS' }`. */
export interface ProviderCalls {
  /** The log record's key. */
  field: string;
  count: number;
  /** Whose calls, as the message names them. */
  of: string;
}

/**
 * A collect's closing log lines: one per type (`TypeStats.log`), then the calls it made, e.g.
 * `collect made 412 AWS calls`.
 */
export function logCollectSummary(log: Logger, stats: TypeStats, calls: ProviderCalls): void {
  stats.log(log);
  log.info({ [calls.field]: calls.count }, `collect made ${calls.count} ${calls.of} calls`);
}
