/** The SMTP stages a fault can act at, in the order a mail transaction reaches them. */
export type SmtpStage = 'connect' | 'auth' | 'mail' | 'rcpt' | 'data';
export const SMTP_STAGES: readonly SmtpStage[] = ['connect', 'auth', 'mail', 'rcpt', 'data'];

/**
 * One fault, consumed by the next SMTP exchange that reaches its stage (faults apply in the
 * order they were queued). `data` acts after the whole message was received, before the reply.
 * - `{ at: 'auth', reply: 535 }`: authentication fails, whatever the credentials;
 * - `{ at: 'rcpt', reply: 450 }`, `{ at: 'data', reply: 554, message }`: a 4xx/5xx reply;
 * - `{ at: 'data', delayMs: 3000 }`: a slow reply (combine with `reply` for a slow refusal);
 * - `{ at: 'data', drop: true }`: the connection is cut instead of replying.
 */
export interface SmtpFault {
  at: SmtpStage;
  /** An SMTP reply code, 400..599. */
  reply?: number;
  /** The reply text (default: a generic one for the code). */
  message?: string;
  delayMs?: number;
  drop?: boolean;
}

export interface SmtpSandboxOptions {
  /** The STARTTLS (submission) port; default 0 (ephemeral). Always binds 127.0.0.1. */
  port?: number;
  /** The implicit-TLS port (like 465); default 0. */
  tlsPort?: number;
  /** The HTTP control port (`/_sandbox/*`); default 0. */
  controlPort?: number;
  /** Accepted logins, user → password; default `{ 'sandbox-user': 'sandbox-password' }`. */
  users?: Record<string, string>;
  /** SASL mechanisms offered; default `['PLAIN', 'LOGIN']`. */
  authMethods?: ('PLAIN' | 'LOGIN')[];
  /** Mail without AUTH is accepted (an open relay, for plain development setups); default false. */
  authOptional?: boolean;
  /** AUTH before STARTTLS is accepted on the plain port; default false, as real submission servers. */
  allowInsecureAuth?: boolean;
  /** STARTTLS offered on the plain port (default true); false answers it 502, as a server without TLS. */
  starttls?: boolean;
  /** Delay before every reply to a message's data, in ms (default 0). */
  latencyMs?: number;
  /** Parse and keep every mail (default true); off, only counts are kept (benchmarks). */
  keepMessages?: boolean;
}

/** A mail the server accepted, as mailparser read it. */
export interface ReceivedMail {
  /** `starttls` (the plain port, upgraded or not) or `tls` (the implicit-TLS port). */
  port: 'starttls' | 'tls';
  /** Whether the session was encrypted when the mail arrived. */
  secure: boolean;
  /** The AUTH user, if the client logged in. */
  user?: string;
  envelope: { from: string; to: string[] };
  subject?: string;
  /** The From header's addresses. */
  from: string[];
  /** The To header's addresses. */
  to: string[];
  cc: string[];
  bcc: string[];
  /** Every header line as received, unfolded: `{ key: 'subject', line: 'Subject: …' }`. */
  headers: { key: string; line: string }[];
  text?: string;
  html?: string;
  messageId?: string;
  /** Bytes of the message as received. */
  size: number;
  receivedAt: number;
}

/** How one mail transaction (from MAIL FROM on) ended. */
export interface SmtpTransaction {
  /** The stage it ended at. */
  stage: SmtpStage;
  /** The reply code sent, or `dropped` when a fault cut the connection. */
  reply: number | 'dropped';
  at: number;
}

/** TCP connections the SMTP ports accepted since the last reset. */
export interface SmtpConnectionCounts {
  /** Connections opened. */
  opened: number;
  /** Connections open now. */
  open: number;
  /** The most open at once. */
  peak: number;
}

export interface SmtpSandbox {
  /** `smtp://127.0.0.1:<port>`, the STARTTLS port. */
  readonly url: string;
  readonly host: string;
  /** STARTTLS port (AUTH after STARTTLS). */
  readonly port: number;
  /** Implicit-TLS port. */
  readonly tlsPort: number;
  /** `http://127.0.0.1:<controlPort>`: `/_sandbox/messages`, `/requests`, `/connections`, `/faults`, `/reset`. */
  readonly controlUrl: string;
  /** PEM of the test CA that signed the server's certificate (SANs 127.0.0.1, ::1, localhost). */
  readonly caCertificate: string;
  /** A login the server accepts. */
  readonly user: string;
  readonly password: string;
  /** Mails accepted, oldest first (empty with `keepMessages: false`). */
  readonly messages: ReceivedMail[];
  /** Mails accepted since the last reset (also with `keepMessages: false`). */
  readonly accepted: number;
  /** Mail transactions begun (MAIL FROM commands), accepted or not, since the last reset: sendings. */
  readonly transactions: number;
  /** How each transaction ended, oldest first: `{ stage: 'data', reply: 250 }` for a mail accepted. */
  readonly requests: SmtpTransaction[];
  readonly connections: SmtpConnectionCounts;
  /** AUTH attempts, by outcome, since the last reset. */
  readonly auth: { succeeded: number; failed: number };
  latencyMs: number;
  /** Queues faults; each is consumed by the next exchange reaching its stage. */
  failNext(...faults: SmtpFault[]): void;
  /** Clears mails, counts and pending faults (open connections stay open and counted). */
  reset(): void;
  close(): Promise<void>;
}
