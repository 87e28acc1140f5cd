import type { ChannelDirectory } from './channel-directory';
import type { WebApiRequest } from './decode-web-api-request';
import { jsonReply } from '../http/http-reply';
import type { MessageTimestamps } from './message-timestamps';
import type { SlackOutcome } from './slack-outcome';
import type { TokenPolicy } from './token-policy';

export interface WebApiContext {
  tokens: TokenPolicy;
  channels: ChannelDirectory;
  timestamps: MessageTimestamps;
}

export const SANDBOX_IDENTITY = {
  url: 'https://sandbox.slack.com/',
  team: 'Sandbox',
  user: 'bot',
  team_id: 'T0000',
  user_id: 'U0000',
  bot_id: 'B0000',
} as const;

type MethodHandler = (request: WebApiRequest, ctx: WebApiContext) => SlackOutcome;

const METHODS: Readonly<Record<string, MethodHandler>> = {
  'auth.test': authTest,
  'chat.postMessage': chatPostMessage,
};

/** Answers one Web API call as Slack does: always HTTP 200, success or not told by `ok`. */
export function handleWebApiCall(method: string, request: WebApiRequest, ctx: WebApiContext): SlackOutcome {
  const handler = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (handler === undefined)
    return { reply: jsonReply(200, { ok: false, error: 'unknown_method', req_method: method }) };
  const auth = ctx.tokens.check(request.token);
  if (auth !== 'valid') return platformError(auth);
  return handler(request, ctx);
}

function authTest(): SlackOutcome {
  return { reply: jsonReply(200, { ok: true, ...SANDBOX_IDENTITY }) };
}

function chatPostMessage(request: WebApiRequest, ctx: WebApiContext): SlackOutcome {
  const { channel: channelRef, text, attachments, blocks } = request.args;
  const channel = typeof channelRef === 'string' ? ctx.channels.resolve(channelRef) : undefined;
  if (typeof channelRef !== 'string' || channel === undefined) return platformError('channel_not_found');
  if (attachments !== undefined && !Array.isArray(attachments)) return platformError('invalid_attachments');
  if (blocks !== undefined && !Array.isArray(blocks)) return platformError('invalid_blocks');
  const hasText = typeof text === 'string' && text !== '';
  if (!hasText && !isNonEmptyArray(attachments) && !isNonEmptyArray(blocks)) return platformError('no_text');

  const ts = ctx.timestamps.next();
  const message = {
    type: 'message',
    text: hasText ? text : '',
    user: SANDBOX_IDENTITY.user_id,
    bot_id: SANDBOX_IDENTITY.bot_id,
    ts,
    ...(attachments !== undefined && { attachments }),
    ...(blocks !== undefined && { blocks }),
  };
  return {
    reply: jsonReply(200, { ok: true, channel: channel.id, ts, message }),
    delivered: { api: 'chat.postMessage', token: request.token, channel: channelRef, body: request.args },
  };
}

function platformError(error: string): SlackOutcome {
  return { reply: jsonReply(200, { ok: false, error }) };
}

function isNonEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
