import { CallAbort } from './call-abort';

describe('CallAbort', () => {
  const Native = globalThis.AbortController;
  let built = 0;
  beforeEach(() => {
    built = 0;
    globalThis.AbortController = class extends Native {
      constructor() {
        super();
        built++;
      }
    };
  });
  afterEach(() => {
    globalThis.AbortController = Native;
  });

  it('builds no AbortController for a call whose signal nobody takes', () => {
    const call = new CallAbort();
    call.abort(new Error('ended'));
    expect(call.aborted).toBe(true);
    expect(built).toBe(0);
  });

  it('tells a signal taken before the abort, once, with the first reason', () => {
    const call = new CallAbort();
    const reasons: unknown[] = [];
    call.signal.addEventListener('abort', () => reasons.push(call.signal.reason));
    const first = new Error('cancelled');
    call.abort(first);
    call.abort(new Error('ended'));
    expect(reasons).toEqual([first]);
    expect(built).toBe(1);
  });

  it('hands out an already aborted signal, with the reason, after the abort', () => {
    const call = new CallAbort();
    const reason = new Error('deadline');
    call.abort(reason);
    expect(call.signal.aborted).toBe(true);
    expect(call.signal.reason).toBe(reason);
    expect(call.signal).toBe(call.signal);
  });
});
