/** What InFlight needs of an RPC: a way to end it. */
export interface Abortable {
  abort(reason: unknown): void;
}

/** The RPCs in progress, so that shutdown can wait for them and cancel what outlives its grace period. */
export class InFlight {
  private readonly controllers = new Set<Abortable>();
  private waiters: (() => void)[] = [];

  track(controller: Abortable): () => void {
    this.controllers.add(controller);
    return () => {
      this.controllers.delete(controller);
      if (this.controllers.size === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  get size(): number {
    return this.controllers.size;
  }

  /** Resolves when no RPC is in progress. */
  idle(): Promise<void> {
    return this.size === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  abortAll(reason: unknown): void {
    for (const c of this.controllers) c.abort(reason);
  }
}
