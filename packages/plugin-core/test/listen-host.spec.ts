// Where serve() listens: `[::]` by default, reachable over IPv6 and IPv4 (as python-core's `[::]:50051`);
// `$HOST` narrows it (the local tools set 127.0.0.1). See docs/wire-contract.md, "Port and address".
import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { ServerInfoClient, type VersionInfo } from '@cloudforet/api/gen/spaceone/api/core/v1/server_info';
import { ProtocolService } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { definePlugin, implement } from '../src/server/plugin-definition';
import { dialHost, listenHost } from '../src/server/listen-host';
import { startServer, type RunningPlugin } from '../src/server/start-server';
import { capturingLogger } from './capture-logs';

const plugin = definePlugin({
  name: 'plugin-host-test',
  version: '3.2.1',
  services: [implement(ProtocolService, { init: () => ({ metadata: {} }), verify: () => ({}) })],
});

function versionAt(address: string): Promise<string> {
  const client = new ServerInfoClient(address, credentials.createInsecure());
  return new Promise<string>((resolve, reject) =>
    client.getVersion({}, new Metadata(), { deadline: Date.now() + 5000 }, (e: ServiceError | null, r: VersionInfo) =>
      e ? reject(e) : resolve(r.version ?? ''),
    ),
  ).finally(() => client.close());
}

describe('listen host', () => {
  it('defaults to [::], then $HOST, and an explicit option wins', () => {
    expect(listenHost(undefined, {})).toBe('[::]');
    expect(listenHost(undefined, { HOST: '127.0.0.1' })).toBe('127.0.0.1');
    expect(listenHost('10.0.0.5', { HOST: '127.0.0.1' })).toBe('10.0.0.5');
    expect(dialHost('[::]')).toBe('127.0.0.1');
    expect(dialHost('0.0.0.0')).toBe('127.0.0.1');
    expect(dialHost('::1')).toBe('::1');
  });

  describe('the default', () => {
    let running: RunningPlugin;
    const saved = process.env.HOST;
    beforeAll(async () => {
      delete process.env.HOST;
      running = await startServer(plugin, { port: 0, logger: capturingLogger().logger });
    });
    afterAll(async () => {
      if (saved !== undefined) process.env.HOST = saved;
      await running.shutdown();
    });

    it('listens on every interface, IPv6 and IPv4', async () => {
      expect(running.host).toBe('[::]');
      expect(await versionAt(`[::1]:${running.port}`)).toBe('3.2.1');
      expect(await versionAt(`127.0.0.1:${running.port}`)).toBe('3.2.1');
    });
  });

  describe('HOST=127.0.0.1', () => {
    let running: RunningPlugin;
    beforeAll(async () => {
      running = await startServer(plugin, { port: 0, logger: capturingLogger().logger, host: '127.0.0.1' });
    });
    afterAll(() => running.shutdown());

    it('answers on loopback IPv4 only', async () => {
      expect(running.endpoint).toBe(`127.0.0.1:${running.port}`);
      expect(await versionAt(`127.0.0.1:${running.port}`)).toBe('3.2.1');
      await expect(versionAt(`[::1]:${running.port}`)).rejects.toMatchObject({ code: 14 });
    });
  });
});
