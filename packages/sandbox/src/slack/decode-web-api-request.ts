export interface WebApiRequest {
  /** From `Authorization: Bearer`, else a form or query `token` field (never a JSON body field, as in Slack). */
  token?: string;
  /** Query fields overlaid by body fields, without `token`; `attachments` and `blocks` JSON-parsed when strings. */
  args: Record<string, unknown>;
}

export type DecodedWebApiRequest = { ok: true; request: WebApiRequest } | { ok: false; error: string };

export interface RawWebApiRequest {
  contentType?: string;
  authorization?: string;
  query: URLSearchParams;
  body: string;
}

// Slack accepts these fields as JSON strings in form posts; WebClient sends them that way.
const JSON_STRING_FIELDS = ['attachments', 'blocks'] as const;

export function decodeWebApiRequest(raw: RawWebApiRequest): DecodedWebApiRequest {
  const fields: Record<string, unknown> = Object.fromEntries(raw.query);
  let formToken = fields.token;
  if (raw.body !== '') {
    const mediaType = (raw.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType === 'application/json') {
      const parsed = parseJsonObject(raw.body);
      if (parsed === undefined) return { ok: false, error: 'invalid_json' };
      Object.assign(fields, parsed);
    } else if (mediaType === 'application/x-www-form-urlencoded' || mediaType === '') {
      const form = Object.fromEntries(new URLSearchParams(raw.body));
      Object.assign(fields, form);
      formToken = form.token ?? formToken;
    } else {
      return { ok: false, error: 'invalid_form_data' };
    }
  }
  delete fields.token;
  for (const name of JSON_STRING_FIELDS) {
    const value = fields[name];
    if (value === '') delete fields[name];
    else if (typeof value === 'string') fields[name] = parseJsonOr(value, value);
  }
  const token = bearerToken(raw.authorization) ?? (typeof formToken === 'string' ? formToken : undefined);
  return { ok: true, request: { token: token === '' ? undefined : token, args: fields } };
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  const value = parseJsonOr(text, undefined);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function parseJsonOr<T>(text: string, fallback: T): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}
