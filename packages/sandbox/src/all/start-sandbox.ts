import { startSmtpSandbox } from '../smtp/start-smtp-sandbox';
import type { SmtpSandbox, SmtpSandboxOptions } from '../smtp/smtp-sandbox-types';
import { startAwsSandbox } from '../aws/start-aws-sandbox';
import type { AwsSandbox, AwsSandboxOptions } from '../aws/aws-sandbox-types';
import { startGoogleSandbox } from '../google/start-google-sandbox';
import type { GoogleSandbox, GoogleSandboxOptions } from '../google/google-sandbox-types';
import { startGcpSandbox } from '../google/start-gcp-sandbox';
import type { GcpSandbox, GcpSandboxOptions } from '../google/gcp-sandbox-types';
import { startAzureSandbox } from '../azure/start-azure-sandbox';
import type { AzureSandbox, AzureSandboxOptions } from '../azure/azure-sandbox-types';
import { startOidcSandbox } from '../oidc/start-oidc-sandbox';
import type { OidcSandbox, OidcSandboxOptions } from '../oidc/oidc-sandbox-types';
import { startSlackSandbox } from '../slack/start-slack-sandbox';
import type { SlackSandbox, SlackSandboxOptions } from '../slack/slack-sandbox-types';
import { startTelegramSandbox } from '../telegram/start-telegram-sandbox';
import type { TelegramSandbox, TelegramSandboxOptions } from '../telegram/telegram-sandbox-types';
import { startSnsSandbox } from '../sns/start-sns-sandbox';
import type { SnsSandbox, SnsSandboxOptions } from '../sns/sns-sandbox-types';
import { startOtlpSandbox } from '../otlp/start-otlp-sandbox';
import type { OtlpSandbox, OtlpSandboxOptions } from '../otlp/otlp-sandbox-types';

/** What every stand-in has: where it listens, and how to clear and stop it. */
export interface StandIn {
  readonly url: string;
  /** Clears recorded traffic and queued faults. */
  reset(): void;
  close(): Promise<void>;
}

/** The stand-ins by name. A new stand-in joins here, in StandInOptions and in STARTERS. */
export interface StandIns {
  /** A real SMTP server (smtp-server): STARTTLS, implicit TLS, AUTH. */
  smtp: SmtpSandbox;
  slack: SlackSandbox;
  /** A Keycloak-like OpenID provider (oidc-provider). */
  oidc: OidcSandbox;
  /** Google's OAuth2 tokeninfo. */
  google: GoogleSandbox;
  /** Compute Engine, Cloud Storage, Resource Manager and the OAuth token endpoint for the @googleapis clients. */
  gcp: GcpSandbox;
  /** The Telegram Bot API. */
  telegram: TelegramSandbox;
  /** Amazon SNS over https: subscription confirmation, signing certificate, signed envelopes. */
  sns: SnsSandbox;
  /** EC2, STS, Auto Scaling, ELBv2 and SSM for the AWS SDK v3 clients. */
  aws: AwsSandbox;
  /** An OpenTelemetry collector's OTLP/HTTP (JSON) trace receiver. */
  otlp: OtlpSandbox;
  /** Azure Resource Manager and Entra ID's token endpoint (https, test CA) for the @azure clients. */
  azure: AzureSandbox;
}

export interface StandInOptions {
  smtp: SmtpSandboxOptions;
  slack: SlackSandboxOptions;
  oidc: OidcSandboxOptions;
  google: GoogleSandboxOptions;
  gcp: GcpSandboxOptions;
  telegram: TelegramSandboxOptions;
  sns: SnsSandboxOptions;
  aws: AwsSandboxOptions;
  otlp: OtlpSandboxOptions;
  azure: AzureSandboxOptions;
}

export type StandInName = keyof StandIns;

const STARTERS: { [K in StandInName]: (options?: StandInOptions[K]) => Promise<StandIns[K]> } = {
  smtp: startSmtpSandbox,
  slack: startSlackSandbox,
  oidc: startOidcSandbox,
  google: startGoogleSandbox,
  gcp: startGcpSandbox,
  telegram: startTelegramSandbox,
  sns: startSnsSandbox,
  aws: startAwsSandbox,
  otlp: startOtlpSandbox,
  azure: startAzureSandbox,
};

/** Options per stand-in, applied when (and if) it starts. */
export type SandboxOptions = Partial<StandInOptions>;

/**
 * The outside world on loopback. Nothing runs until a harness asks: `await sandbox.start('slack')`
 * starts that stand-in once (later calls answer the same one); afterwards `sandbox.slack` is it.
 */
export type Sandbox = Readonly<StandIns> & {
  start<K extends StandInName>(name: K): Promise<StandIns[K]>;
  /** The stand-ins started so far, by name. */
  started(): Partial<StandIns>;
  /** `slack http://127.0.0.1:…, oidc http://127.0.0.1:…` of the started stand-ins (or "none"). */
  describe(): string;
  /** Clears recorded traffic and queued faults of every started stand-in. */
  reset(): void;
  close(): Promise<void>;
};

/** A sandbox with no stand-in running yet (ephemeral ports unless the options give one). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const starting = new Map<StandInName, Promise<StandIn>>();
  const running: Partial<Record<StandInName, StandIn>> = {};
  let closed = false;

  const start = <K extends StandInName>(name: K): Promise<StandIns[K]> => {
    if (closed) return Promise.reject(new Error(`sandbox is closed; cannot start "${name}"`));
    let pending = starting.get(name);
    if (!pending) {
      const starter = STARTERS[name] as (o?: StandInOptions[K]) => Promise<StandIns[K]>;
      pending = starter(options[name] as StandInOptions[K] | undefined).then((standIn) => {
        running[name] = standIn;
        return standIn;
      });
      starting.set(name, pending);
    }
    return pending as Promise<StandIns[K]>;
  };

  const sandbox = {
    start,
    started: () => ({ ...running }) as Partial<StandIns>,
    describe: () =>
      Object.entries(running)
        .map(([name, s]) => `${name} ${s.url}`)
        .join(', ') || 'none',
    reset: () => Object.values(running).forEach((s) => s.reset()),
    close: async () => {
      closed = true;
      const all = await Promise.allSettled(starting.values());
      await Promise.all(all.flatMap((s) => (s.status === 'fulfilled' ? [s.value.close()] : [])));
    },
  };
  for (const name of Object.keys(STARTERS) as StandInName[]) {
    Object.defineProperty(sandbox, name, {
      enumerable: false,
      get() {
        const standIn = running[name];
        if (!standIn)
          throw new Error(`sandbox stand-in "${name}" is not running: \`await sandbox.start('${name}')\` first`);
        return standIn;
      },
    });
  }
  return sandbox as unknown as Sandbox;
}
