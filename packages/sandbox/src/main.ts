// Runs the Slack sandbox as its own process (npm start, benchmarks) until SIGINT or SIGTERM.
import { slackSandboxOptionsFromEnv } from './slack/slack-sandbox-env';
import { startSlackSandbox } from './slack/start-slack-sandbox';

async function main(): Promise<void> {
  const sandbox = await startSlackSandbox(slackSandboxOptionsFromEnv(process.env));
  console.log(`slack sandbox listening: api=${sandbox.apiUrl} webhook=${sandbox.webhookUrl()}`);
  const stop = (): void => {
    sandbox.close().catch((error: unknown) => {
      console.error('slack sandbox: close failed:', error);
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('slack sandbox: failed to start:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
