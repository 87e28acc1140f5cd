import { StreamCounter } from './stream-counter';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (chunk: string) => (writes.push(chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('StreamCounter', () => {
  afterEach(() => jest.useRealTimers());

  it('redraws a live count and rate on a TTY, at most every 100 ms, then leaves one plain line', () => {
    jest.useFakeTimers({ now: 0 });
    const { stream, writes } = fakeStream(true);
    const counter = new StreamCounter(stream);
    jest.setSystemTime(200);
    counter.add(); // draws: 1 message after 0.2 s
    counter.add(); // within 100 ms of the last draw: no redraw
    jest.setSystemTime(1000);
    counter.add(); // draws: 3 messages after 1 s
    counter.done();
    expect(writes).toEqual(['\r\x1b[2K1 messages, 5/s', '\r\x1b[2K3 messages, 3/s', '\r\x1b[2K', '3 messages, 3/s\n']);
  });

  it('writes only the final count when the stream is not a terminal', () => {
    jest.useFakeTimers({ now: 0 });
    const { stream, writes } = fakeStream(false);
    const counter = new StreamCounter(stream);
    for (let i = 0; i < 50; i++) {
      jest.setSystemTime(i * 200);
      counter.add();
    }
    jest.setSystemTime(10_000);
    counter.done();
    expect(writes).toEqual(['50 messages, 5/s\n']);
  });
});
