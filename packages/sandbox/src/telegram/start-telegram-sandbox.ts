import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTROL_PATH_PREFIX, handleControlRequest, type StandInControl } from '../http/control-endpoints';
import { FaultQueue } from '../http/fault-queue';
import { jsonReply, textReply, writeHttpReply, type HttpReply } from '../http/http-reply';
import { listenLoopback } from '../http/listen-loopback';
import { BodyTooLargeError, readRequestBody } from '../http/read-request-body';
import { botApiParams } from './bot-api-params';
import { ChatDirectory } from './chat-directory';
import { handleBotApiCall, refusal, type BotApiOutcome } from './handle-bot-api-call';
import { assertTelegramFaults, telegramFaultReply } from './telegram-fault';
import type {
  RecordedBotApiRequest,
  RecordedTelegramMessage,
  TelegramFault,
  TelegramSandbox,
  TelegramSandboxOptions,
} from './telegram-sandbox-types';

const HOST = '127.0.0.1';
const BODY_LIMIT_BYTES = 1024 * 1024;
const BOT_PATH = /^\/bot([^/]*)\/([^/]+)$/;
const WELL_FORMED_TOKEN = /^(\d{1,20}):[A-Za-z0-9_-]+$/;

/**
 * A loopback Telegram Bot API (`/bot<token>/<method>`) that the real clients of the protocol
 * accept: getMe, sendMessage and sendPhoto, with the Bot API's validation (HTML parse mode,
 * the 4,096-character limit after parsing, chats, inline keyboards) and its error shapes,
 * and faults on demand. It records what was delivered and every request, never a token.
 */
export async function startTelegramSandbox(opts: TelegramSandboxOptions = {}): Promise<TelegramSandbox> {
  const latencyMs = opts.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new RangeError('latencyMs must be a finite number >= 0');
  const tokens = opts.tokens && new Set(opts.tokens);
  const chats = new ChatDirectory(opts.chats);
  const messageIds = new Map<number, number>();
  const messages: RecordedTelegramMessage[] = [];
  const requests: RecordedBotApiRequest[] = [];
  const faults = new FaultQueue<TelegramFault>(
    (fault, method) => fault.method === undefined || fault.method.toLowerCase() === method.toLowerCase(),
  );
  let connections = 0;
  const control: StandInControl = {
    messages,
    requests,
    queueFaults(values) {
      assertTelegramFaults(values);
      faults.queue(values);
    },
    get pendingFaults() {
      return faults.pending;
    },
    reset() {
      messages.length = 0;
      requests.length = 0;
      faults.clear();
      connections = 0;
    },
  };
  const shutdown = new AbortController();

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const httpMethod = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    let body: string;
    try {
      body = await readRequestBody(req, BODY_LIMIT_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return reply(res, jsonReply(413, { ok: false, error_code: 413, description: 'Request Entity Too Large' }));
    }
    if (url.pathname.startsWith(CONTROL_PATH_PREFIX))
      return writeHttpReply(res, handleControlRequest(httpMethod, url.pathname, body, control));

    const path = BOT_PATH.exec(url.pathname);
    const apiMethod = path?.[2] ?? url.pathname;
    const token = path ? safeDecode(path[1]) : undefined;
    const botId = token === undefined ? undefined : WELL_FORMED_TOKEN.exec(token)?.[1];
    const record = (status: number, description?: string) =>
      requests.push({
        httpMethod,
        apiMethod,
        ...(botId ? { botId: Number(botId) } : {}),
        status,
        ...(description ? { description } : {}),
        at,
      });

    const taken = faults.take(apiMethod);
    const fault = taken && 'pass' in taken ? undefined : taken;
    let outcome: BotApiOutcome;
    if (fault && !('drop' in fault)) {
      const answer = telegramFaultReply(fault);
      record(answer.status, descriptionOf(answer));
      return delayed(res, answer);
    }
    if (!botId) outcome = refusal(404, 'Not Found');
    else if (tokens && !tokens.has(token!)) outcome = refusal(401, 'Unauthorized');
    else {
      const params = botApiParams(req.headers['content-type'], body, url.searchParams);
      outcome =
        'error' in params
          ? refusal(400, params.error)
          : handleBotApiCall(apiMethod, params.params, {
              chats,
              botId: Number(botId),
              nextMessageId: (chatId) => {
                const next = (messageIds.get(chatId) ?? 0) + 1;
                messageIds.set(chatId, next);
                return next;
              },
            });
    }
    if (outcome.delivered) messages.push({ ...outcome.delivered, receivedAt: at });
    record(outcome.status, outcome.status === 200 ? undefined : String(outcome.body.description));
    if (fault) {
      res.socket?.destroy(); // a drop fault: carried out, never answered
      return;
    }
    return delayed(res, jsonReply(outcome.status, outcome.body));
  }

  async function delayed(res: ServerResponse, answer: HttpReply): Promise<void> {
    if (latencyMs > 0) {
      try {
        await sleep(latencyMs, undefined, { signal: shutdown.signal });
      } catch {
        return; // closing
      }
    }
    reply(res, answer);
  }

  function reply(res: ServerResponse, answer: HttpReply): void {
    writeHttpReply(
      res,
      opts.keepAlive === false ? { ...answer, headers: { ...answer.headers, Connection: 'close' } } : answer,
    );
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => writeHttpReply(res, textReply(500, 'sandbox_error')));
  });
  server.on('connection', () => connections++);
  await listenLoopback(server, opts.port);

  const url = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    apiUrl: url,
    messages,
    requests,
    get connections() {
      return connections;
    },
    failNext(...values: TelegramFault[]) {
      control.queueFaults(values);
    },
    reset: () => control.reset(),
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

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function descriptionOf(answer: HttpReply): string | undefined {
  try {
    const parsed = JSON.parse(answer.body) as { description?: unknown };
    return typeof parsed.description === 'string' ? parsed.description : undefined;
  } catch {
    return `HTTP ${answer.status}`;
  }
}
