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
    details?: { error?: { code?: string; message?: string } };
    cause?: unknown;
  };
  if (!e || typeof e !== 'object') return String(error);
  const entra = e.errorResponse?.errorDescription;
  if (entra) return `${e.errorResponse?.error ?? 'error'}: ${firstLine(entra)}`;
  const arm = e.details?.error;
  const code = arm?.code ?? e.code;
  const message = arm?.message ?? e.message ?? '';
  const status = e.statusCode ? `${e.statusCode} ` : '';
  return (
    `${status}${code && !message.startsWith(code) ? `${code}: ` : ''}${firstLine(message)}`.trim() || 'unknown error'
  );
}

/** Entra's descriptions end in "Trace ID: … Correlation ID: … Timestamp: …" lines. */
function firstLine(text: string): string {
  return text.split(/\r?\n| Trace ID: /)[0].trim();
}

/** True when ARM refused the call for the caller's role (403), which no retry changes. */
export function isAuthorizationFailure(error: unknown): boolean {
  return (error as { statusCode?: number }).statusCode === 403;
}
