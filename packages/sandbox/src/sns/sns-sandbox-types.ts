export interface SnsSandboxOptions {
  /** Port on 127.0.0.1 (default ephemeral). */
  port?: number;
}

/** An SNS message as posted to an HTTPS subscription (the JSON envelope). */
export type SnsEnvelope = Record<string, string>;

export interface SnsSandbox {
  /** `https://127.0.0.1:<port>`: where every connection of a client pointed at the sandbox goes. */
  url: string;
  /** `127.0.0.1:<port>`, for a client's connect-to override (`SNS_CONNECT_TO`). */
  address: string;
  /** Plain-http control origin: `GET /_sandbox/confirmations`, `GET /_sandbox/requests`. */
  controlUrl: string;
  /** PEM of the test CA that signed the sandbox's TLS certificate (`SNS_CA_PEM`). */
  caPem: string;
  /** The TLS names it answers for: `sns.<region>.amazonaws.com` of the common regions. */
  hostnames: string[];
  /** The signing certificate's URL on a region's host. */
  signingCertUrl(region?: string): string;
  /** A signed SubscriptionConfirmation for a topic (its token is one the sandbox accepts). */
  subscriptionConfirmation(topicArn: string, signatureVersion?: '1' | '2'): SnsEnvelope;
  /** A signed Notification of a message (a string; a CloudWatch alarm's JSON, for example). */
  notification(
    topicArn: string,
    message: string,
    opts?: { subject?: string; signatureVersion?: '1' | '2' },
  ): SnsEnvelope;
  /** Signs an envelope as SNS does (canonical string of its type, SHA1withRSA or SHA256withRSA). */
  sign(envelope: SnsEnvelope, signatureVersion?: '1' | '2'): SnsEnvelope;
  /** Subscriptions confirmed through `GET /?Action=ConfirmSubscription` (topic, token, time). */
  confirmations: { topicArn: string; token: string; at: string }[];
  /** Every HTTP request answered (method, host header, path), control requests excluded. */
  requests: { method: string; host: string; path: string; status: number }[];
  /** TCP connections accepted since the last reset (a client that never connected leaves it 0). */
  connections: number;
  reset(): void;
  close(): Promise<void>;
}
