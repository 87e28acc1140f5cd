import { CoreClient, runBundledPlugin } from '@cloudforet/plugin-testing';
import { startConnectProxy, startSlackSandbox, type ConnectProxy, type SlackSandbox } from '@cloudforet/sandbox';
import { dispatchParams } from './dispatch-params';

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
    const { child, ready } = runBundledPlugin('slack-noti-protocol', {
      HTTP_PROXY: proxy.url.replace('http://', 'http://user:pw@'),
      NO_PROXY: '',
      SLACK_API_URL: 'http://slack.sandbox.invalid:8080/api/',
    });
    try {
      const { endpoint, line } = await ready;
      // The ready line names the proxy, without its credentials.
      expect(line.proxy).toBe(`${proxy.url}/`);
      const client = await CoreClient.connect(endpoint);
      try {
        await client.call('Notification.dispatch', dispatchParams(TOKEN, 'via proxy'));
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
