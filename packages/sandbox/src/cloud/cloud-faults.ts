import { seeded, type Seeded } from './seeded';

/** Fault knobs every cloud stand-in takes. */
export interface CloudFaultOptions {
  /** Delay before every answer, ms (default 0). */
  latencyMs?: number;
  /** Share of calls answered with the cloud's throttling error, 0..1 (default 0). */
  throttleRate?: number;
  /** Share of calls answered with a 5xx, 0..1 (default 0). */
  serverErrorRate?: number;
  /** Seed of the fault decisions (default 1): the same seed and calls give the same faults. */
  seed?: number;
}

/** What a call is answered with instead of its result. */
export type InjectedFault = 'throttle' | 'server-error';

/**
 * Decides, per call, whether it is faulted: first the queued faults (`failNext`, a burst), then the
 * rates, drawn from a seeded generator so a run is reproducible. Knobs can change while running.
 */
export class CloudFaults {
  latencyMs: number;
  throttleRate: number;
  serverErrorRate: number;
  private readonly queued: InjectedFault[] = [];
  private random: Seeded;
  private readonly seed: number;

  constructor(options: CloudFaultOptions = {}) {
    this.latencyMs = nonNegative(options.latencyMs ?? 0, 'latencyMs');
    this.throttleRate = rate(options.throttleRate ?? 0, 'throttleRate');
    this.serverErrorRate = rate(options.serverErrorRate ?? 0, 'serverErrorRate');
    this.seed = options.seed ?? 1;
    this.random = seeded(this.seed, 'faults');
  }

  /** The next `count` calls get `fault` (a 5xx burst: `failNext('server-error', 3)`). */
  failNext(fault: InjectedFault, count = 1): void {
    for (let i = 0; i < count; i++) this.queued.push(fault);
  }

  /** Called once per incoming call. */
  decide(): InjectedFault | undefined {
    const queued = this.queued.shift();
    if (queued) return queued;
    const draw = this.random.next();
    if (draw < this.throttleRate) return 'throttle';
    if (draw < this.throttleRate + this.serverErrorRate) return 'server-error';
    return undefined;
  }

  /** Clears queued faults and rewinds the generator (rates and latency stay). */
  reset(): void {
    this.queued.length = 0;
    this.random = seeded(this.seed, 'faults');
  }
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number >= 0`);
  return value;
}

function rate(value: number, name: string): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1`);
  return value;
}
