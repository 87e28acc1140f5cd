import { startGoogleSandbox } from '../google/start-google-sandbox';
import type { GoogleSandbox, GoogleSandboxOptions } from '../google/google-sandbox-types';
import { startOidcSandbox } from '../oidc/start-oidc-sandbox';
import type { OidcSandbox, OidcSandboxOptions } from '../oidc/oidc-sandbox-types';
import { startSlackSandbox } from '../slack/start-slack-sandbox';
import type { SlackSandbox, SlackSandboxOptions } from '../slack/slack-sandbox-types';

/** Every stand-in of the outside world, started together on loopback. */
export interface Sandbox {
  slack: SlackSandbox;
  /** A Keycloak-like OpenID provider (oidc-provider). */
  oidc: OidcSandbox;
  /** Google's OAuth2 tokeninfo. */
  google: GoogleSandbox;
  /** Clears recorded traffic and queued faults of every stand-in. */
  reset(): void;
  close(): Promise<void>;
}

export interface SandboxOptions {
  slack?: SlackSandboxOptions;
  oidc?: OidcSandboxOptions;
  google?: GoogleSandboxOptions;
}

/**
 * Starts all stand-ins (ephemeral ports unless given). A plugin's test harness
 * receives this and picks the stand-ins it talks to; new stand-ins join here.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const [slack, oidc, google] = await Promise.all([
    startSlackSandbox(options.slack),
    startOidcSandbox(options.oidc),
    startGoogleSandbox(options.google),
  ]);
  const all = [slack, oidc, google];
  return {
    slack,
    oidc,
    google,
    reset: () => all.forEach((s) => s.reset()),
    close: async () => {
      await Promise.all(all.map((s) => s.close()));
    },
  };
}
