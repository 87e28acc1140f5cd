import {
  authenticateFailure,
  errorChain,
  GrpcStatus,
  mayHaveBeenDelivered,
  neverSent,
  PluginError,
  RetryExhaustedError,
  type RetryDecision,
} from '@cloudforet/plugin-core';

/** What nodemailer's SMTP errors carry (smtp-connection's _formatError). */
interface SmtpLikeError {
  name?: string;
  code?: string;
  /** The system error's code under nodemailer's, e.g. ECONNREFUSED under ESOCKET. */
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
  /** nodemailer's kind of ETIMEDOUT: CONNECT_TIMEOUT, GREETING_TIMEOUT, UPGRADE_TIMEOUT, SOCKET_TIMEOUT. */
  timeoutType?: string;
}

/** Timeouts before the session was ready: nothing of a message was sent. */
const SETUP_TIMEOUTS: Record<string, string> = {
  CONNECT_TIMEOUT: 'the connection was not accepted in time',
  GREETING_TIMEOUT: 'it sent no greeting in time (TLS spoken to a plain port, or the reverse?)',
  UPGRADE_TIMEOUT: 'the TLS handshake did not finish in time',
};

const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|ERR_TLS_CERT|HOSTNAME_MISMATCH/;

/**
 * Which failures may be sent again: only those that prove the server did not take the
 * message. A connection refused (or a name that does not resolve) sent nothing; a 4xx
 * reply is the server saying "not now", before or after the data. Everything else is
 * answered at once: a 5xx will not change, a failed login neither, and a connection lost
 * or timed out may have been lost after the server took the message.
 */
export function classifySmtpError(err: unknown): RetryDecision {
  const e = err as SmtpLikeError;
  if (e?.code === 'EAUTH' || e?.code === 'ETLS') return { retry: false };
  if (isTransientReply(e)) return { retry: true };
  if (e?.command === 'CONN' && e.originalCode && neverSent({ code: e.originalCode })) return { retry: true };
  return { retry: false };
}

function isTransientReply(e: SmtpLikeError): boolean {
  return typeof e?.responseCode === 'number' && e.responseCode >= 400 && e.responseCode < 500;
}

/**
 * The Cloudforet error for an SMTP failure, naming the secret_data or channel_data key to
 * fix. Built from nodemailer's codes and the server's reply, never from the request: the
 * password cannot appear in it.
 */
export function toSmtpPluginError(err: unknown): PluginError {
  if (err instanceof PluginError) return err;
  if (err instanceof RetryExhaustedError) return gaveUp(err);
  const e = err as SmtpLikeError;
  const timeout = errorChain(err).find((c) => c.name === 'TimeoutError') as { timeoutMs?: number } | undefined;
  if (e?.code === 'ETIMEDOUT' && e.timeoutType && SETUP_TIMEOUTS[e.timeoutType]) {
    return new PluginError(
      'ERROR_SMTP_CONNECTION',
      `Cannot talk to the SMTP server: ${SETUP_TIMEOUTS[e.timeoutType]}; check secret_data.smtp_host, secret_data.smtp_port and secret_data.smtp_tls.`,
      GrpcStatus.UNAVAILABLE,
    );
  }
  if (timeout || e?.code === 'ETIMEDOUT') {
    return mayHaveBeenDelivered('ERROR_SMTP_DELIVERY', `The SMTP server did not answer in time (${describe(e)})`);
  }
  if (e?.code === 'EAUTH' || e?.responseCode === 530) {
    return authenticateFailure(
      e.responseCode === 530
        ? `the SMTP server requires a login (${describe(e)}); set secret_data.user and secret_data.password`
        : `the SMTP server refused the login (${describe(e)}); check secret_data.user and secret_data.password`,
    );
  }
  if (isCertificateError(e)) {
    return new PluginError(
      'ERROR_SMTP_TLS',
      `The SMTP server's certificate was not accepted (${certificateReason(e)}); set secret_data.smtp_ca_cert to the CA that signed it (or secret_data.smtp_tls_verify to false for a test server).`,
      GrpcStatus.FAILED_PRECONDITION,
    );
  }
  if (e?.code === 'ETLS') {
    return new PluginError(
      'ERROR_SMTP_TLS',
      `TLS with the SMTP server failed (${describe(e)}); check secret_data.smtp_tls (starttls, implicit, none) and secret_data.smtp_port.`,
      GrpcStatus.FAILED_PRECONDITION,
    );
  }
  if (e?.command === 'CONN' && e.originalCode && neverSent({ code: e.originalCode })) {
    return new PluginError(
      'ERROR_SMTP_CONNECTION',
      `Cannot connect to the SMTP server (${e.originalCode}); check secret_data.smtp_host and secret_data.smtp_port.`,
      GrpcStatus.UNAVAILABLE,
    );
  }
  if (typeof e?.responseCode === 'number' && e.responseCode >= 500) {
    const key =
      e.command === 'RCPT TO'
        ? ' (check channel_data.email)'
        : e.command === 'MAIL FROM'
          ? ' (check secret_data.from_email)'
          : '';
    return new PluginError(
      'ERROR_SMTP_REJECTED',
      `The SMTP server refused the message at ${e.command ?? 'SMTP'}: ${describe(e)}${key}.`,
      GrpcStatus.FAILED_PRECONDITION,
    );
  }
  if (e?.code === 'ECONNECTION' || e?.code === 'ESOCKET') {
    return mayHaveBeenDelivered(
      'ERROR_SMTP_DELIVERY',
      `The connection to the SMTP server was lost before it confirmed the message (${describe(e)})`,
    );
  }
  return new PluginError('ERROR_SMTP_DELIVERY', `Sending by SMTP failed: ${describe(e)}.`, GrpcStatus.INTERNAL);
}

function gaveUp(err: RetryExhaustedError): PluginError {
  const last = err.lastError as SmtpLikeError;
  const why = { attempts: '', 'retry-after-too-long': '', deadline: " (the caller's deadline came first)" }[err.reason];
  if (isTransientReply(last)) {
    return new PluginError(
      'ERROR_SMTP_REJECTED',
      `The SMTP server deferred the message at ${last.command ?? 'SMTP'} ${err.attempts} times${why}: ${describe(last)}.`,
      GrpcStatus.UNAVAILABLE,
    );
  }
  return new PluginError(
    'ERROR_SMTP_CONNECTION',
    `Cannot connect to the SMTP server after ${err.attempts} attempts${why} (${last?.originalCode ?? describe(last)}); check secret_data.smtp_host and secret_data.smtp_port.`,
    GrpcStatus.UNAVAILABLE,
  );
}

function isCertificateError(e: SmtpLikeError): boolean {
  return (
    CERTIFICATE_CODES.test(e?.originalCode ?? '') ||
    (e?.code === 'ETLS' && /certificate|self[- ]signed|altnames/i.test(e.message ?? ''))
  );
}

function certificateReason(e: SmtpLikeError): string {
  return (e.message ?? '').replace(/^Error initiating TLS - /, '').slice(0, 200);
}

/** The server's reply, or nodemailer's message: one line, bounded. */
function describe(e: SmtpLikeError | undefined): string {
  const text = e?.response ?? e?.message ?? String(e);
  return text
    .replace(/[\x00-\x1f\x7f]+/g, ' ')
    .trim()
    .slice(0, 300);
}
