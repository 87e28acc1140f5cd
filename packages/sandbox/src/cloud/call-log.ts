/** One call a cloud stand-in answered. */
export interface CallRecord {
  /** The cloud's service name (`ec2`, `sts`, `compute`, ...). */
  service: string;
  /** The operation (`DescribeInstances`, `instances.list`, ...). */
  action: string;
  /** The region or location the call addressed ('' for global services). */
  region: string;
  /** HTTP status answered. */
  status: number;
  /** The error code answered, if any (`RequestLimitExceeded`, ...). */
  error?: string;
  /** True when the call asked for a later page of a list (it carried a page token); the first page has none. */
  continued?: boolean;
  /** Epoch ms when the request arrived and when its answer was written (0 while it waits out the latency). */
  startedAt: number;
  endedAt: number;
}

/** Every call a stand-in received, in arrival order, logged on arrival (the tests' and the benchmark's evidence). */
export class CallLog {
  readonly calls: CallRecord[] = [];

  record(call: CallRecord): void {
    this.calls.push(call);
  }

  /** Calls matching every given field. */
  where(match: Partial<Pick<CallRecord, 'service' | 'action' | 'region' | 'error'>>): CallRecord[] {
    return this.calls.filter((c) => Object.entries(match).every(([k, v]) => c[k as keyof CallRecord] === v));
  }

  /** Calls per `service:action`, for summaries. */
  countByAction(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) counts[`${c.service}:${c.action}`] = (counts[`${c.service}:${c.action}`] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.calls.length = 0;
  }
}
