import { EventEmitter } from 'node:events';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { passEncoded, StreamWriter } from './stream-writer';

/** A grpc-js server stream that takes writes and flushes them when told to. */
class FakeCall extends EventEmitter {
  readonly written: Buffer[] = [];
  private readonly callbacks: (() => void)[] = [];
  constructor(private readonly highWaterMark = 16) {
    super();
  }
  write(bytes: Buffer, flushed: () => void): boolean {
    this.written.push(bytes);
    this.callbacks.push(flushed);
    return this.callbacks.length < this.highWaterMark;
  }
  flushOne(): void {
    this.callbacks.shift()?.();
    if (this.callbacks.length === 0) this.emit('drain');
  }
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

function writerOn(call: FakeCall, signal = new AbortController().signal) {
  const encode = (item: unknown) => Buffer.alloc(Number(item));
  return new StreamWriter(call as unknown as ServerWritableStream<unknown, unknown>, encode, signal, 1000);
}

describe('StreamWriter', () => {
  it('writes the encoded item and goes on while the unflushed bytes are within the bound', async () => {
    const call = new FakeCall();
    const writer = writerOn(call);
    expect(await settled(writer.write(400))).toBe(true);
    expect(await settled(writer.write(600))).toBe(true);
    expect(call.written.map((b) => b.length)).toEqual([400, 600]);
  });

  it('waits past the bound until enough is flushed', async () => {
    const call = new FakeCall();
    const writer = writerOn(call);
    await writer.write(600);
    const second = writer.write(600);
    expect(await settled(second)).toBe(false);
    call.flushOne();
    expect(await settled(second)).toBe(true);
  });

  it('lets one item larger than the bound through once everything before it is flushed', async () => {
    const call = new FakeCall();
    const writer = writerOn(call);
    await writer.write(10);
    const huge = writer.write(5000);
    call.flushOne();
    expect(await settled(huge)).toBe(false);
    call.flushOne();
    expect(await settled(huge)).toBe(true);
  });

  it("waits for grpc-js's drain when it asks, whatever the bytes", async () => {
    const call = new FakeCall(2);
    const writer = writerOn(call);
    await writer.write(1);
    const second = writer.write(1);
    expect(await settled(second)).toBe(false);
    call.flushOne();
    call.flushOne();
    expect(await settled(second)).toBe(true);
  });

  it('stops waiting when the call is aborted', async () => {
    const call = new FakeCall();
    const abort = new AbortController();
    const writer = writerOn(call, abort.signal);
    const waiting = writer.write(5000);
    expect(await settled(waiting)).toBe(false);
    abort.abort();
    expect(await settled(waiting)).toBe(true);
  });
});

describe('passEncoded', () => {
  it('passes bytes through and encodes anything else', () => {
    const encode = passEncoded((v) => Buffer.from(JSON.stringify(v)));
    const bytes = Buffer.from([1, 2, 3]);
    expect(encode(bytes)).toBe(bytes);
    expect(encode({ a: 1 }).toString()).toBe('{"a":1}');
  });
});
