import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { listenLoopback } from '../http/listen-loopback';

export interface ConnectProxyOptions {
  /** Where a tunnel to `host:port` really goes; default: to `host:port` itself. Lets tests use made-up host names. */
  route?: (host: string, port: number) => { host: string; port: number };
}

export interface ConnectProxy {
  /** http://127.0.0.1:<port>, for HTTP_PROXY / HTTPS_PROXY. */
  readonly url: string;
  /** Every CONNECT target asked for, as "host:port", in order. */
  readonly tunnels: string[];
  close(): Promise<void>;
}

/**
 * A loopback forward proxy that answers CONNECT (how undici and most clients
 * reach any host through HTTP_PROXY/HTTPS_PROXY) and records each target, so a
 * test can prove that a plugin's outbound traffic went through the proxy.
 */
export async function startConnectProxy(opts: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' }).end('only CONNECT is supported');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host, portText] = (req.url ?? '').split(':');
    const port = Number(portText);
    tunnels.push(`${host}:${port}`);
    const target = opts.route?.(host, port) ?? { host, port };
    const upstream = connect(target.port, target.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await listenLoopback(server);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
