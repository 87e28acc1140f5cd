import type { Logger } from '../../logging/logger';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';

interface Counts {
  count: number;
  errors: number;
  startedAt: number;
  endedAt: number;
}

/** Per type: resources, errors and wall time of one collect, for the closing log lines. */
export class TypeStats {
  private readonly byType = new Map<string, Counts>();

  /** Counts what one type's stream yields, timing it from start to end. */
  start(key: string): { add(info: ResourceInfo): void; error(): void; end(): void } {
    let counts = this.byType.get(key);
    if (!counts) this.byType.set(key, (counts = { count: 0, errors: 0, startedAt: Date.now(), endedAt: Date.now() }));
    const c = counts;
    return {
      add: (info) => (info.resource_type === 'inventory.ErrorResource' ? c.errors++ : c.count++),
      error: () => void c.errors++,
      end: () => void (c.endedAt = Date.now()),
    };
  }

  /**
   * A type's stream, counted and timed. When it throws (and `signal` was not aborted), `onError`
   * decides: the ErrorResources to stream instead (counted as an error, `[]` for one reported
   * elsewhere), or undefined for a type skipped on purpose (not an error).
   */
  async *counted(
    key: string,
    source: AsyncIterable<ResourceInfo>,
    { signal, onError }: { signal: AbortSignal; onError: (error: unknown) => ResourceInfo[] | undefined },
  ): AsyncGenerator<ResourceInfo> {
    const counted = this.start(key);
    try {
      for await (const info of source) {
        counted.add(info);
        yield info;
      }
    } catch (error) {
      if (signal.aborted) throw error;
      const instead = onError(error);
      if (instead) {
        counted.error();
        yield* instead;
      }
    } finally {
      counted.end();
    }
  }

  /**
   * One line per type: what an operator reads to find the slow or failing part, e.g.
   * `collected EC2/Instance: 4000 resources, 0 errors in 5230 ms`.
   */
  log(log: Logger): void {
    for (const [key, c] of this.byType) {
      const duration = c.endedAt - c.startedAt;
      log.info(
        { cloud_service_type: key, count: c.count, errors: c.errors, duration_ms: duration },
        `collected ${key}: ${c.count} resources, ${c.errors} errors in ${duration} ms`,
      );
    }
  }
}
