import type { ServerResponse } from 'node:http';

/** An HTTP answer decided before it is written, so it can be recorded and delayed first. */
export interface HttpReply {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

export function jsonReply(status: number, value: unknown, headers?: Record<string, string>): HttpReply {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value), headers };
}

export function textReply(status: number, text: string, headers?: Record<string, string>): HttpReply {
  return { status, contentType: 'text/plain; charset=utf-8', body: text, headers };
}

export function writeHttpReply(res: ServerResponse, reply: HttpReply): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': reply.contentType,
    'Content-Length': Buffer.byteLength(reply.body),
  });
  res.end(reply.body);
}
