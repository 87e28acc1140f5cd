import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { context, SpanKind, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import { isTracingSuppressed } from '@opentelemetry/core';
import { secrets } from '../logging/secret-registry';
import { RPC_TRACER } from './rpc-tracer-key';

/**
 * Child spans for the outbound HTTP calls an RPC makes, from Node's diagnostics channels: `fetch`
 * (undici: Slack, Telegram, OIDC, Google) and `node:http(s)` (the AWS, Azure and Google SDKs). No
 * module is patched and no header is added to the request. Attributes are method, host, port,
 * scheme, path (with held secrets redacted: a bot token sits in Telegram's path) and status; never
 * the query string, headers or bodies.
 */
interface UndiciRequest {
  origin?: string | URL;
  method?: string;
  path?: string;
}

let users = 0;
const undiciSpans = new WeakMap<object, Span>();

function rpcTracer(): { tracer: Tracer; parent: ReturnType<typeof context.active> } | undefined {
  const parent = context.active();
  const tracer = parent.getValue(RPC_TRACER) as Tracer | undefined;
  return tracer && !isTracingSuppressed(parent) ? { tracer, parent } : undefined;
}

function startSpan(method: string, url: URL): Span | undefined {
  const active = rpcTracer();
  if (!active) return undefined;
  const path = url.pathname;
  return active.tracer.startSpan(
    `${method} ${url.hostname}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'http.request.method': method,
        'server.address': url.hostname,
        'server.port': Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
        'url.scheme': url.protocol.replace(':', ''),
        'url.path': secrets.size ? secrets.redact(path) : path,
      },
    },
    active.parent,
  );
}

function finish(span: Span, status?: number, error?: unknown): void {
  if (status !== undefined) span.setAttribute('http.response.status_code', status);
  if (error !== undefined || (status !== undefined && status >= 500)) {
    const type = error instanceof Error ? error.name : status !== undefined ? String(status) : 'error';
    span.setAttribute('error.type', type);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

const onUndiciCreate = (message: unknown) => {
  const { request } = message as { request: UndiciRequest };
  try {
    const span = startSpan(request.method ?? 'GET', new URL(request.path ?? '/', request.origin));
    if (span) undiciSpans.set(request, span);
  } catch {
    // an origin that is not a URL: no span
  }
};
const onUndiciHeaders = (message: unknown) => {
  const { request, response } = message as { request: object; response: { statusCode: number } };
  const span = undiciSpans.get(request);
  span?.setAttribute('http.response.status_code', response.statusCode);
};
const onUndiciTrailers = (message: unknown) => {
  const { request } = message as { request: object };
  const span = undiciSpans.get(request);
  if (!span) return;
  undiciSpans.delete(request);
  finish(span);
};
const onUndiciError = (message: unknown) => {
  const { request, error } = message as { request: object; error: unknown };
  const span = undiciSpans.get(request);
  if (!span) return;
  undiciSpans.delete(request);
  finish(span, undefined, error);
};

const onHttpStart = (message: unknown) => {
  const { request } = message as { request: ClientRequest };
  const protocol = request.protocol ?? 'http:';
  let span: Span | undefined;
  try {
    span = startSpan(request.method, new URL(request.path, `${protocol}//${request.host}`));
  } catch {
    return;
  }
  if (!span) return;
  let status: number | undefined;
  let failure: unknown;
  request.once('response', (res: IncomingMessage) => (status = res.statusCode));
  request.once('error', (error) => (failure = error));
  request.once('close', () => finish(span, status, failure));
};

const CHANNELS: [string, (message: unknown) => void][] = [
  ['undici:request:create', onUndiciCreate],
  ['undici:request:headers', onUndiciHeaders],
  ['undici:request:trailers', onUndiciTrailers],
  ['undici:request:error', onUndiciError],
  ['http.client.request.start', onHttpStart],
];

/** Starts recording outbound spans (once per process, however many plugins trace); returns the stop. */
export function recordOutboundSpans(): () => void {
  if (users++ === 0) for (const [name, listener] of CHANNELS) subscribe(name, listener);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--users === 0) for (const [name, listener] of CHANNELS) unsubscribe(name, listener);
  };
}
