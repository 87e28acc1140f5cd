import { slackSandboxOptionsFromEnv } from './slack-sandbox-env';

describe('slackSandboxOptionsFromEnv', () => {
  it('defaults to port 50151 and no latency', () => {
    expect(slackSandboxOptionsFromEnv({})).toEqual({ port: 50151, latencyMs: 0 });
  });

  it('reads SANDBOX_SLACK_PORT and SANDBOX_SLACK_LATENCY_MS', () => {
    expect(slackSandboxOptionsFromEnv({ SANDBOX_SLACK_PORT: '0', SANDBOX_SLACK_LATENCY_MS: ' 40 ' })).toEqual({
      port: 0,
      latencyMs: 40,
    });
  });

  it.each(['abc', '-1', '1.5', '65536'])('rejects the port %s', (port) => {
    expect(() => slackSandboxOptionsFromEnv({ SANDBOX_SLACK_PORT: port })).toThrow(/SANDBOX_SLACK_PORT/);
  });
});
