import type { SlackSandboxOptions } from './slack-sandbox-types';

export const DEFAULT_SLACK_SANDBOX_PORT = 50151;

/** Reads SANDBOX_SLACK_PORT (default 50151; 0 picks a free port) and SANDBOX_SLACK_LATENCY_MS (default 0). */
export function slackSandboxOptionsFromEnv(env: NodeJS.ProcessEnv): SlackSandboxOptions {
  const port = wholeNumber(env, 'SANDBOX_SLACK_PORT', DEFAULT_SLACK_SANDBOX_PORT);
  if (port > 65_535) throw new RangeError(`SANDBOX_SLACK_PORT must be at most 65535, got ${port}`);
  return { port, latencyMs: wholeNumber(env, 'SANDBOX_SLACK_LATENCY_MS', 0) };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new RangeError(`${name} must be a whole number, got '${raw}'`);
  return Number(raw);
}
