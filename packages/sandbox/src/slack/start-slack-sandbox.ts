import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChannelDirectory } from './channel-directory';
import { decodeWebApiRequest } from './decode-web-api-request';
import { faultReply, type SlackSurface } from './fault-reply';
import { CONTROL_PATH_PREFIX, handleControlRequest } from '../http/control-endpoints';
import { handleWebApiCall, type WebApiContext } from './handle-web-api-call';
import { handleWebhook, type WebhookContext } from './handle-webhook';
import { jsonReply, textReply, writeHttpReply, type HttpReply } from '../http/http-reply';
import { listenLoopback } from '../http/listen-loopback';
import { MessageTimestamps } from './message-timestamps';
import { BodyTooLargeError, readRequestBody } from '../http/read-request-body';
import type { SlackOutcome } from './slack-outcome';
import { SlackSandboxState } from './slack-sandbox-state';
import type { SlackFault, SlackSandbox, SlackSandboxOptions } from './slack-sandbox-types';
import { TokenPolicy } from './token-policy';

export const DEFAULT_WEBHOOK_PATH = 'T0000/B0000/sandboxsecret';
const HOST = '127.0.0.1';
const BODY_LIMIT_BYTES = 1024 * 1024;
const WEB_API_PREFIX = '/api/';
const WEBHOOK_PREFIX = '/services/';

/** Starts a loopback Slack stand-in that the real WebClient and IncomingWebhook can talk to. */
export async function startSlackSandbox(opts: SlackSandboxOptions = {}): Promise<SlackSandbox> {
  const latencyMs = opts.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new RangeError('latencyMs must be a finite number >= 0');

  const state = new SlackSandboxState();
  const webApi: WebApiContext = {
    tokens: new TokenPolicy(opts.tokens),
    channels: new ChannelDirectory(opts.channels),
    timestamps: new MessageTimestamps(),
  };
  const webhook: WebhookContext = { webhookIds: opts.webhookIds && new Set(opts.webhookIds) };
  // Aborted by close(), so answers waiting out latencyMs do not hold the process open.
  const shutdown = new AbortController();

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname.startsWith(CONTROL_PATH_PREFIX)) {
      const body = await readBodyOrReply(req);
      writeHttpReply(res, typeof body === 'string' ? handleControlRequest(method, url.pathname, body, state) : body);
      return;
    }
    const reply = await answerSlack(req, method, url, receivedAt);
    state.requests.push({ method, path: url.pathname, status: reply.status, at: receivedAt });
    if (latencyMs > 0) {
      try {
        await sleep(latencyMs, undefined, { signal: shutdown.signal });
      } catch {
        return; // closing: the connection is being torn down anyway
      }
    }
    writeHttpReply(res, reply);
  }

  async function answerSlack(req: IncomingMessage, method: string, url: URL, receivedAt: number): Promise<HttpReply> {
    const body = await readBodyOrReply(req);
    if (typeof body !== 'string') return body;
    const surface = surfaceOf(url.pathname);
    if (surface === undefined) return textReply(404, 'not_found');
    const fault = state.takeFault();
    if (fault !== undefined) return faultReply(fault, surface);
    const outcome: SlackOutcome =
      surface === 'web-api'
        ? answerWebApi(url, req, body)
        : handleWebhook({ method, pathname: url.pathname, contentType: req.headers['content-type'], body }, webhook);
    if (outcome.delivered !== undefined) state.messages.push({ ...outcome.delivered, receivedAt });
    return outcome.reply;
  }

  function answerWebApi(url: URL, req: IncomingMessage, body: string): SlackOutcome {
    const decoded = decodeWebApiRequest({
      contentType: req.headers['content-type'],
      authorization: req.headers.authorization,
      query: url.searchParams,
      body,
    });
    if (!decoded.ok) return { reply: jsonReply(200, { ok: false, error: decoded.error }) };
    return handleWebApiCall(url.pathname.slice(WEB_API_PREFIX.length), decoded.request, webApi);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      // Only a broken client connection gets here; answer if the socket still allows it.
      writeHttpReply(res, textReply(500, 'sandbox_error'));
    });
  });
  await listenLoopback(server, opts.port);

  const url = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    apiUrl: `${url}${WEB_API_PREFIX}`,
    webhookUrl: (path = DEFAULT_WEBHOOK_PATH) => `${url}${WEBHOOK_PREFIX}${path}`,
    messages: state.messages,
    requests: state.requests,
    failNext(...faults: SlackFault[]) {
      state.queueFaults(faults);
    },
    reset: () => state.reset(),
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        shutdown.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function surfaceOf(pathname: string): SlackSurface | undefined {
  if (pathname.startsWith(WEB_API_PREFIX)) return 'web-api';
  if (pathname.startsWith(WEBHOOK_PREFIX)) return 'webhook';
  return undefined;
}

async function readBodyOrReply(req: IncomingMessage): Promise<string | HttpReply> {
  try {
    return await readRequestBody(req, BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return textReply(413, 'request_too_large');
    throw error;
  }
}
