import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { jsonReply, textReply, writeHttpReply } from '../http/http-reply';
import { listenLoopback } from '../http/listen-loopback';
import type { OtlpSandbox, OtlpSandboxOptions, ReceivedSpan } from './otlp-sandbox-types';

interface AnyValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: AnyValue }[] };
    scopeSpans?: {
      spans?: {
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind: number;
        attributes?: { key: string; value: AnyValue }[];
        status?: { code?: number; message?: string };
      }[];
    }[];
  }[];
}

const valueOf = (v: AnyValue) =>
  v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : undefined) ?? v.doubleValue ?? v.boolValue ?? '';
const attributesOf = (list: { key: string; value: AnyValue }[] = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, valueOf(value)]));

/**
 * An OpenTelemetry collector's OTLP/HTTP receiver, JSON encoding (what
 * `@opentelemetry/exporter-trace-otlp-http` sends): `POST /v1/traces`, gzip or not, answers 200
 * `{}`; `GET /_sandbox/spans` lists what arrived. Ids are hex, as OTLP/JSON writes them.
 */
export async function startOtlpSandbox(options: OtlpSandboxOptions = {}): Promise<OtlpSandbox> {
  const spans: ReceivedSpan[] = [];
  const bodies: string[] = [];
  const waiters = new Set<() => void>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://otlp').pathname;
      if (req.method === 'GET' && path === '/_sandbox/spans') return writeHttpReply(res, jsonReply(200, spans));
      if (req.method !== 'POST' || path !== '/v1/traces') return writeHttpReply(res, textReply(404, 'Not Found'));
      if (!String(req.headers['content-type']).startsWith('application/json'))
        return writeHttpReply(res, textReply(415, 'only OTLP/JSON is accepted here'));
      let raw = Buffer.concat(chunks);
      try {
        if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
        const text = raw.toString('utf8');
        bodies.push(text);
        for (const rs of (JSON.parse(text) as ExportRequest).resourceSpans ?? []) {
          const service = attributesOf(rs.resource?.attributes)['service.name'];
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? [])
              spans.push({
                traceId: s.traceId,
                spanId: s.spanId,
                ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
                name: s.name,
                kind: s.kind,
                attributes: attributesOf(s.attributes),
                ...(s.status ? { status: s.status } : {}),
                ...(typeof service === 'string' ? { service } : {}),
              });
        }
      } catch {
        return writeHttpReply(res, textReply(400, 'not an OTLP/JSON export request'));
      }
      writeHttpReply(res, jsonReply(200, {}));
      for (const wake of waiters) wake();
    });
  });
  await listenLoopback(server, options.port);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    spans,
    bodies,
    waitForSpans(count, where = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = spans.filter(where);
          if (found.length < count) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`OTLP sandbox: ${spans.filter(where).length} of ${count} spans after ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    reset() {
      spans.length = 0;
      bodies.length = 0;
    },
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
