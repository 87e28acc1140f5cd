import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CoreClient } from '@cloudforet/plugin-testing';
import { startConnectProxy, startSlackSandbox, type ConnectProxy, type SlackSandbox } from '@cloudforet/sandbox';
import { bundlePlugin } from './bundle';

const TOKEN = 'xoxb-proxy-test-token-0001';

describe('slack-noti-protocol behind an HTTP proxy', () => {
  let sandbox: SlackSandbox;
  let proxy: ConnectProxy;

  beforeAll(async () => {
    sandbox = await startSlackSandbox({ tokens: [TOKEN] });
    const sandboxPort = Number(new URL(sandbox.url).port);
    // slack.sandbox.invalid does not resolve: only the proxy knows where it is.
    proxy = await startConnectProxy({ route: () => ({ host: '127.0.0.1', port: sandboxPort }) });
  });
  afterAll(async () => {
    await proxy.close();
    await sandbox.close();
  });

  it('sends Slack traffic through HTTP_PROXY, as the supervisor configures pods', async () => {
    const child = spawn(process.execPath, [await bundlePlugin()], {
      env: {
        ...process.env,
        PORT: '0',
        LOG_FORMAT: 'json',
        HTTP_PROXY: proxy.url.replace('http://', 'http://user:pw@'),
        NO_PROXY: '',
        SLACK_API_URL: 'http://slack.sandbox.invalid:8080/api/',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          const record = JSON.parse(line) as Record<string, unknown>;
          if (record.msg === 'plugin ready') resolve(record);
        });
        child.once('exit', (code) => reject(new Error(`plugin exited with ${code}`)));
      });
      // The ready line names the proxy, without its credentials.
      expect(ready.proxy).toBe(`${proxy.url}/`);
      const client = await CoreClient.connect(`127.0.0.1:${String(ready.endpoint).split(':').pop()}`);
      try {
        await client.call('Notification.dispatch', {
          secret_data: {},
          channel_data: { token: TOKEN, channel: 'general' },
          notification_type: 'INFO',
          message: { title: 'via proxy' },
          options: {},
        });
      } finally {
        client.close();
      }
      expect(proxy.tunnels).toEqual(['slack.sandbox.invalid:8080']);
      expect(sandbox.messages).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
    }
  }, 20_000);
});
