import { startSlackSandbox } from '../slack/start-slack-sandbox';
import type { SlackSandbox, SlackSandboxOptions } from '../slack/slack-sandbox-types';

/** Every stand-in of the outside world, started together on loopback. */
export interface Sandbox {
  slack: SlackSandbox;
  /** Clears recorded traffic and queued faults of every stand-in. */
  reset(): void;
  close(): Promise<void>;
}

export interface SandboxOptions {
  slack?: SlackSandboxOptions;
}

/**
 * Starts all stand-ins (ephemeral ports unless given). A plugin's test harness
 * receives this and picks the stand-ins it talks to; new stand-ins join here.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const slack = await startSlackSandbox(options.slack);
  return {
    slack,
    reset: () => slack.reset(),
    close: () => slack.close(),
  };
}
