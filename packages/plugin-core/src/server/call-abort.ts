/**
 * The abort side of one RPC. Node builds an AbortSignal, and dispatches an 'abort' event on it,
 * at a cost the webhook benchmark can see (about 15 µs per call), so the signal exists only once
 * the handler (or the stream loop) asks for it. A call whose signal nobody took has nobody to
 * tell when it ends; one taken after the abort comes back already aborted, with the same reason.
 */
export class CallAbort {
  private controller: AbortController | undefined;
  private abortReason: unknown;
  private ended = false;

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.ended) this.controller.abort(this.abortReason);
    }
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.ended;
  }

  abort(reason: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.abortReason = reason;
    this.controller?.abort(reason);
  }
}
