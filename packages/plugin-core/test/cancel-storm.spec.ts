import { connect, constants, type ClientHttp2Session } from 'node:http2';
import { NotificationService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { capturingLogger } from './capture-logs';

const PATH = '/spaceone.api.notification.plugin.Notification/dispatch';
// An empty dispatch request, framed: flag byte, 4-byte length, no payload.
const EMPTY_FRAME = Buffer.from([0, 0, 0, 0, 0]);
// Node reads the HTTP/2 reset limits from v22 on; Node 20 keeps nghttp2's 1,000 at 33/s.
const configurable = Number(process.versions.node.split('.')[0]) >= 22;

function open(session: ClientHttp2Session, mode = 'ordinary') {
  const stream = session.request({
    [constants.HTTP2_HEADER_METHOD]: 'POST',
    [constants.HTTP2_HEADER_PATH]: PATH,
    [constants.HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc',
    te: 'trailers',
    'x-mode': mode,
  });
  stream.on('error', () => undefined);
  return stream;
}

function ordinaryCall(session: ClientHttp2Session): Promise<string> {
  return new Promise((resolve) => {
    const stream = open(session);
    let status = 'no status';
    stream.on('response', (h) => h['grpc-status'] !== undefined && (status = String(h['grpc-status'])));
    stream.on('trailers', (h) => (status = String(h['grpc-status'])));
    stream.on('close', () => resolve(stream.rstCode ? `reset ${stream.rstCode}` : status));
    stream.resume();
    stream.end(EMPTY_FRAME);
  });
}

describe('a burst of cancelled calls on one connection', () => {
  let running: RunningPlugin;
  const seen = { held: 0, aborted: 0, ordinary: 0 };
  beforeAll(async () => {
    const plugin = definePlugin({
      name: 'plugin-storm-test',
      version: '1.0.0',
      services: [
        implement(NotificationService, {
          dispatch: async (_req, { signal, metadata }) => {
            if (metadata.get('x-mode')[0] !== 'hold') {
              seen.ordinary++;
              return {};
            }
            seen.held++;
            // Held until the caller gives up (or 10 s pass): like a delivery waiting on a slow service.
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, 10_000);
              signal.addEventListener('abort', () => {
                clearTimeout(timer);
                seen.aborted++;
                resolve();
              });
            });
            return {};
          },
        }),
      ],
    });
    running = await startServer(plugin, { host: '127.0.0.1', port: 0, logger: capturingLogger().logger });
  });
  afterAll(() => running.shutdown(), 15_000);

  (configurable ? it : it.skip)(
    'does not cost the ordinary calls on the same connection: 5,000 calls reset, then 90 answered OK',
    async () => {
      const session = connect(`http://${running.endpoint}`);
      let goaway: number | undefined;
      session.on('goaway', (code) => (goaway = code));
      session.on('error', () => undefined);
      await new Promise((r) => session.once('connect', r));

      const doomed = Array.from({ length: 5000 }, () => {
        const stream = open(session, 'hold');
        stream.end(EMPTY_FRAME);
        return stream;
      });
      while (seen.held < 5000) await new Promise((r) => setTimeout(r, 20));
      for (const stream of doomed) stream.close(constants.NGHTTP2_CANCEL);
      const statuses = await Promise.all(Array.from({ length: 90 }, () => ordinaryCall(session)));
      session.close();

      expect(goaway).toBeUndefined();
      expect(statuses).toEqual(Array(90).fill('0'));
      expect(seen.ordinary).toBe(90);
      // Every cancelled call's handler saw its signal abort: no work goes on for a caller who left.
      while (seen.aborted < 5000) await new Promise((r) => setTimeout(r, 20));
    },
    30_000,
  );
});
