/**
 * Faults a stand-in is told to answer with, in order: each next request of the outside API
 * takes the first fault that applies to it (`applies`, default: every fault applies).
 */
export class FaultQueue<F> {
  private readonly faults: F[] = [];

  constructor(private readonly applies: (fault: F, request: string) => boolean = () => true) {}

  queue(faults: readonly F[]): void {
    this.faults.push(...faults);
  }

  /** The first queued fault that applies to `request` (e.g. the API method called), removed. */
  take(request = ''): F | undefined {
    const index = this.faults.findIndex((fault) => this.applies(fault, request));
    return index < 0 ? undefined : this.faults.splice(index, 1)[0];
  }

  get pending(): number {
    return this.faults.length;
  }

  clear(): void {
    this.faults.length = 0;
  }
}
