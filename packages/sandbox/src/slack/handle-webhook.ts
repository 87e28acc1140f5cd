import { textReply } from '../http/http-reply';
import type { SlackOutcome } from './slack-outcome';

export interface WebhookContext {
  /** Known "T/B/secret" paths; undefined accepts any. */
  webhookIds?: ReadonlySet<string>;
}

export interface RawWebhookRequest {
  method: string;
  pathname: string;
  contentType?: string;
  body: string;
}

const WEBHOOK_PATH = /^\/services\/([^/]+\/[^/]+\/[^/]+)$/;

/** Answers one incoming-webhook post as Slack does: 200 'ok', or an HTTP error whose body is the error string. */
export function handleWebhook(raw: RawWebhookRequest, ctx: WebhookContext): SlackOutcome {
  const webhookPath = WEBHOOK_PATH.exec(raw.pathname)?.[1];
  if (webhookPath === undefined || (ctx.webhookIds !== undefined && !ctx.webhookIds.has(webhookPath))) {
    return { reply: textReply(404, 'no_service') };
  }
  if (raw.method !== 'POST') return { reply: textReply(405, 'method_not_allowed', { Allow: 'POST' }) };
  const payload = decodeWebhookPayload(raw.contentType, raw.body);
  if (payload === undefined || !hasContent(payload)) return { reply: textReply(400, 'invalid_payload') };
  return {
    reply: textReply(200, 'ok'),
    delivered: {
      api: 'webhook',
      webhookPath,
      ...(typeof payload.channel === 'string' && { channel: payload.channel }),
      body: payload,
    },
  };
}

// Slack takes a JSON body, or a form post whose `payload` field holds the JSON.
function decodeWebhookPayload(contentType: string | undefined, body: string): Record<string, unknown> | undefined {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const formPayload =
    mediaType === 'application/x-www-form-urlencoded' ? new URLSearchParams(body).get('payload') : null;
  try {
    const value: unknown = JSON.parse(formPayload ?? body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function hasContent(payload: Record<string, unknown>): boolean {
  const { text, attachments, blocks } = payload;
  return (
    (typeof text === 'string' && text !== '') ||
    (Array.isArray(attachments) && attachments.length > 0) ||
    (Array.isArray(blocks) && blocks.length > 0)
  );
}
