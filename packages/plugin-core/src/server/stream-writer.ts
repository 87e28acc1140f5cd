import type { ServerWritableStream } from '@grpc/grpc-js';

/**
 * The most bytes of a server stream that may wait for HTTP/2 to take them. grpc-js's own bound is
 * 16 items whatever their size, and a collector's largest resources (a route or firewall listing
 * every instance it applies to) are megabytes each: 16 of them held the heap up by tens of MB.
 */
export const STREAM_BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * Writes a server stream's items bounded in bytes as well as in items. Each item is encoded here,
 * so its size is known, and grpc-js passes the bytes through (`passEncoded`); the handler's
 * generator waits while more than `maxBytes` are not yet flushed, or grpc-js asks it to.
 */
export class StreamWriter {
  private unflushed = 0;
  private wake?: () => void;

  constructor(
    private readonly call: ServerWritableStream<unknown, unknown>,
    private readonly encode: (item: unknown) => Buffer,
    private readonly signal: AbortSignal,
    private readonly maxBytes = STREAM_BUFFER_BYTES,
  ) {}

  async write(item: unknown): Promise<void> {
    const bytes = this.encode(item);
    this.unflushed += bytes.length;
    const more = this.call.write(bytes, () => this.flushed(bytes.length));
    if (!more) await this.until('drain');
    while (this.unflushed > this.maxBytes && !this.signal.aborted) await this.until('flush');
  }

  private flushed(length: number): void {
    this.unflushed -= length;
    this.wake?.();
  }

  /** Resolves on grpc-js's 'drain', on the next flushed item, or when the call is aborted. */
  private until(event: 'drain' | 'flush'): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        if (event === 'drain') this.call.off('drain', done);
        else this.wake = undefined;
        this.signal.removeEventListener('abort', done);
        resolve();
      };
      if (event === 'drain') this.call.once('drain', done);
      else this.wake = done;
      this.signal.addEventListener('abort', done, { once: true });
    });
  }
}

/** A stream method's encoder that lets bytes StreamWriter has already encoded through. */
export function passEncoded(encode: (value: unknown) => Buffer): (value: unknown) => Buffer {
  return (value) => (Buffer.isBuffer(value) ? value : encode(value));
}
