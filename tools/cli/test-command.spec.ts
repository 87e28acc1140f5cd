import { createServer, type Server, type Socket } from 'node:net';
import { runCfplugin } from './test-fixtures/run-cfplugin';
import { startSlackPlugin, type RunningSlack } from './test-fixtures/slack-plugin';

jest.setTimeout(20_000);

describe('cfplugin test', () => {
  let slack: RunningSlack;
  beforeAll(async () => (slack = await startSlackPlugin()));
  afterAll(() => slack.close());

  it('reports every check of a conforming plugin and exits 0', async () => {
    const run = await runCfplugin(['test', `grpc://${slack.plugin.endpoint}`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `grpc://${slack.plugin.endpoint}: notification.Protocol (spaceone.api.notification.plugin.Protocol, ` +
        'spaceone.api.notification.plugin.Notification, grpc.health.v1.Health, spaceone.api.core.v1.ServerInfo)',
    );
    const checks = lines.filter((l) => /^[✓✗] /.test(l));
    expect(checks.map((l) => l.replace(/ \(\d+ ms\)$/, ''))).toEqual([
      '✓ reflection (v1alpha) lists the plugin services, Health and ServerInfo',
      '✓ ServerInfo.get_version answers a version',
      '✓ Health.Check answers SERVING',
      '✓ accepts every request key the 2.x core sends (docs/wire-contract.md, request keys)',
      '✓ Protocol.init answers metadata with data_type and a JSON schema of channel data',
      '✓ Protocol.init is deterministic (the core calls it again and again)',
      '✓ Protocol.verify and dispatch with empty data answer or fail cleanly, and the plugin keeps serving',
    ]);
    expect(checks.every((l) => / \(\d+ ms\)$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('7 passed, 0 failed');
  });

  describe.each([
    ['accepts and closes', (socket: Socket) => socket.end()],
    ['echoes', (socket: Socket) => socket.pipe(socket)],
  ])('against a plain TCP listener that %s', (_what, onConnection) => {
    let server: Server;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket.on('error', () => undefined));
        onConnection(socket);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    });
    afterAll(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise((r) => server.close(r));
    });

    it('fails with one line within a few seconds of starting, exit 1', async () => {
      const endpoint = `127.0.0.1:${(server.address() as { port: number }).port}`;
      // What starting cfplugin itself costs on this machine now, so that the bound below is about
      // the connection (the core's 3 s ready timeout), not about a loaded CI machine.
      const startup = (await runCfplugin(['--version'])).ms;
      const run = await runCfplugin(['test', endpoint]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^cfplugin test: ${endpoint} is not a gRPC plugin: \\S.*\\n$`));
      expect(run.ms - startup).toBeLessThan(4500);
    });
  });
});
