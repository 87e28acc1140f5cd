export interface SlackChannel {
  id: string;
  name: string;
}

export interface SlackSandboxOptions {
  /** Default 0 (ephemeral). The sandbox always binds 127.0.0.1. */
  port?: number;
  /** Valid bot tokens; when omitted, any token matching /^xox[bpa]-/ is valid. */
  tokens?: string[];
  /** Default: C0000000001 #general and C0000000002 #alerts. */
  channels?: SlackChannel[];
  /** Valid incoming-webhook paths "T.../B.../secret"; when omitted any /services/<a>/<b>/<c> path is valid. */
  webhookIds?: string[];
  /** Delay before every Slack answer, in ms (default 0). Control endpoints are not delayed. */
  latencyMs?: number;
}

export type SlackFault =
  /** HTTP 429 with the header Retry-After: <seconds>. */
  | { status: 429; retryAfter: number }
  /** HTTP 5xx with a small text body, and a Retry-After header when retryAfter is given. */
  | { status: 500 | 502 | 503 | 504; retryAfter?: number }
  /** Web API: HTTP 200 {ok:false,error}; webhook: HTTP 4xx with the error string as body. */
  | { slackError: string };

export interface RecordedSlackMessage {
  api: 'chat.postMessage' | 'webhook';
  /** Bearer token (Web API only). */
  token?: string;
  /** The channel as sent, e.g. '#general' or 'C0000000001'. */
  channel?: string;
  /** "T.../B.../secret", for webhooks. */
  webhookPath?: string;
  /** The parsed payload, without any `token` field; `attachments` and `blocks` are always parsed JSON. */
  body: Record<string, unknown>;
  receivedAt: number;
}

export interface RecordedRequest {
  method: string;
  /** The URL path without its query string (a query may carry a token). */
  path: string;
  status: number;
  at: number;
}

export interface SlackSandbox {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** `${url}/api/`: pass it as the WebClient option `slackApiUrl`. */
  readonly apiUrl: string;
  /** `${url}/services/${path ?? 'T0000/B0000/sandboxsecret'}` */
  webhookUrl(path?: string): string;
  /** Successfully delivered messages only. */
  readonly messages: RecordedSlackMessage[];
  /** Every Web API, webhook or unknown-path request, faulted ones included; control requests are not recorded. */
  readonly requests: RecordedRequest[];
  /** Queues faults: each next Web API or webhook request consumes one, in order. */
  failNext(...faults: SlackFault[]): void;
  /** Clears messages, requests and pending faults. */
  reset(): void;
  close(): Promise<void>;
}
