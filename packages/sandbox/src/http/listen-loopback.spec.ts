import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenLoopback } from './listen-loopback';

describe('listenLoopback', () => {
  it('binds 127.0.0.1 on a free port, and a port in use rejects (EADDRINUSE) instead of waiting', async () => {
    const first = createServer();
    await listenLoopback(first);
    const address = first.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    const second = createServer();
    try {
      await expect(listenLoopback(second, address.port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect(second.listenerCount('error')).toBe(0);
    } finally {
      await new Promise((resolve) => first.close(resolve));
    }
  });
});
