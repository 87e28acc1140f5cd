import { setMaxListeners } from 'node:events';

/**
 * A signal that aborts with `signal` (an RPC's), for one collect's calls and merges to listen on:
 * every call in flight adds a listener, so it may have many (no MaxListenersExceeded warning).
 */
export function followSignal(signal: AbortSignal): AbortSignal {
  const follower = new AbortController();
  setMaxListeners(0, follower.signal);
  if (signal.aborted) follower.abort(signal.reason);
  else signal.addEventListener('abort', () => follower.abort(signal.reason), { once: true });
  return follower.signal;
}
