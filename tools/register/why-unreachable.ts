// When a gRPC channel does not become ready, grpc-js says little ("Channel is not ready", or an OpenSSL
// string). One TCP (or TLS) probe tells the user which of the usual mistakes it is, in one line.
import { isIP, connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

const HTTP2_PREFACE = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';
/** An HTTP/2 server answers the preface with a SETTINGS frame: type byte 0x04 at offset 3. */
const SETTINGS_FRAME = 0x04;

export async function whyUnreachable(address: string, tls: boolean, timeoutMs = 3000): Promise<string> {
  const colon = address.lastIndexOf(':');
  const host = address.slice(0, colon).replace(/^\[|\]$/g, '');
  const port = Number(address.slice(colon + 1));
  return new Promise((resolve) => {
    let socket: Socket;
    const done = (reason: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reason);
    };
    const timer = setTimeout(() => done(`no answer from ${address} within ${timeoutMs / 1000} s`), timeoutMs);
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') return done(`nothing listens on ${address}`);
      if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return done(`cannot resolve the host "${host}"`);
      if (tls)
        return done(
          `${address} does not speak TLS (the TLS handshake failed): if it serves plaintext gRPC, use grpc://${address}`,
        );
      return done(`${address}: ${error.code ?? error.message}`);
    };
    if (tls) {
      socket = tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }), ALPNProtocols: ['h2'] }, () =>
        done(`${address} speaks TLS, but gRPC over it did not become ready`),
      );
    } else {
      socket = tcpConnect({ host, port }, () => socket.write(HTTP2_PREFACE));
      socket.once('data', (data: Buffer) =>
        done(
          data[3] === SETTINGS_FRAME
            ? `${address} speaks HTTP/2, but gRPC did not become ready`
            : `${address} does not speak plaintext gRPC: if it expects TLS, use grpc+ssl://${address}`,
        ),
      );
      socket.once('end', () => done(`${address} closed the connection: if it expects TLS, use grpc+ssl://${address}`));
    }
    socket.once('error', onError);
  });
}
