import type { PipelinePolicy } from '@azure/core-rest-pipeline';

/**
 * What an operator reads of an Azure SDK or Entra ID error: the HTTP status, ARM's error code and
 * message (`403 AuthorizationFailed: The client …`), or Entra's AADSTS description without its
 * trace lines. Never the request (which carries the token or the secret).
 */
export function azureErrorText(error: unknown): string {
  const e = error as {
    statusCode?: number;
    code?: string;
    message?: string;
    errorResponse?: { error?: string; errorDescription?: string };
    details?: { error?: ArmErrorBody } & ArmErrorBody;
    response?: { parsedBody?: { error?: ArmErrorBody }; bodyAsText?: string | null };
    request?: object;
  };
  if (!e || typeof e !== 'object') return String(error);
  const entra = e.errorResponse?.errorDescription;
  if (entra) return `${e.errorResponse?.error ?? 'error'}: ${firstLine(entra)}`;
  const arm = armErrorOf(e);
  const code = arm?.code ?? e.code;
  const message = arm?.message ?? e.message ?? '';
  const status = e.statusCode ? `${e.statusCode} ` : '';
  return (
    `${status}${code && !message.startsWith(code) ? `${code}: ` : ''}${firstLine(message)}`.trim() || 'unknown error'
  );
}

/**
 * ARM's error of a failed request, by the request (kept by `rememberArmErrors`): the new SDKs'
 * paging errors carry only "Pagination failed with unexpected statusCode 403" and the request.
 */
const armErrors = new WeakMap<object, ArmErrorBody>();

/** A pipeline policy (per retry) that keeps ARM's `{error: {code, message}}` of every failed answer. */
export const rememberArmErrors: PipelinePolicy = {
  name: 'cloudforetRememberArmErrors',
  async sendRequest(request, next) {
    const response = await next(request);
    if (response.status >= 400 && response.bodyAsText)
      try {
        const body = JSON.parse(response.bodyAsText) as { error?: ArmErrorBody };
        if (body.error?.message) armErrors.set(request, body.error);
      } catch {
        // not JSON: nothing to keep
      }
    return response;
  },
};

interface ArmErrorBody {
  code?: string;
  message?: string;
}

/** ARM's `{error: {code, message}}`, wherever the SDK kept it (the new SDKs' paging errors say only "Pagination failed"). */
function armErrorOf(e: {
  request?: object;
  details?: { error?: ArmErrorBody } & ArmErrorBody;
  response?: { parsedBody?: { error?: ArmErrorBody }; bodyAsText?: string | null };
}): ArmErrorBody | undefined {
  const remembered = e.request && armErrors.get(e.request);
  if (remembered) return remembered;
  if (e.details?.error?.message) return e.details.error;
  if (e.details?.message && e.details.code) return e.details;
  if (e.response?.parsedBody?.error?.message) return e.response.parsedBody.error;
  try {
    const body = JSON.parse(e.response?.bodyAsText ?? '') as { error?: ArmErrorBody };
    if (body.error?.message) return body.error;
  } catch {
    // not JSON: the SDK's own message stands
  }
  return undefined;
}

/** Entra's descriptions end in "Trace ID: … Correlation ID: … Timestamp: …" lines. */
function firstLine(text: string): string {
  return text.split(/\r?\n| Trace ID: /)[0].trim();
}

/** True when ARM refused the call for the caller's role (403), which no retry changes. */
export function isAuthorizationFailure(error: unknown): boolean {
  return (error as { statusCode?: number }).statusCode === 403;
}
