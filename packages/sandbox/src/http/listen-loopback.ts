/** What listens like a net.Server: http, https and net servers, and smtp-server's SMTPServer. */
interface Listener {
  listen(port: number, host: string, callback: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Listens on 127.0.0.1 (port 0: a free one the system picks). A port that cannot be bound, one in
 * use say, rejects instead of leaving the caller waiting.
 */
export function listenLoopback(server: Listener, port = 0): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
