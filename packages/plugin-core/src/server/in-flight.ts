/** The RPCs in progress, so that shutdown can cancel what outlives its grace period. */
export class InFlight {
  private readonly controllers = new Set<AbortController>();

  track(controller: AbortController): () => void {
    this.controllers.add(controller);
    return () => this.controllers.delete(controller);
  }

  get size(): number {
    return this.controllers.size;
  }

  abortAll(reason: unknown): void {
    for (const c of this.controllers) c.abort(reason);
  }
}
