import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkLocalPorts, FIRST_LOCAL_PORT, nextLocalPort } from './local-ports';
import { loadManifest } from './load-manifest';

const PLUGINS = join(__dirname, '..', '..', 'plugins');

describe('local ports (plugin.yaml local_port)', () => {
  it('are unique across the repository plugins', () => {
    const plugins = readdirSync(PLUGINS)
      .filter((name) => existsSync(join(PLUGINS, name, 'plugin.yaml')))
      .map((name) => ({ name, manifest: loadManifest(join(PLUGINS, name)) }));
    expect(plugins.length).toBeGreaterThan(0);
    expect(() => checkLocalPorts(plugins)).not.toThrow();
  });

  it('refuses two plugins on one port, naming both', () => {
    expect(() =>
      checkLocalPorts([
        { name: 'a-noti-protocol', manifest: { local_port: 50051 } },
        { name: 'b-mon-webhook', manifest: { local_port: 50052 } },
        { name: 'c-inven-collector', manifest: { local_port: 50051 } },
      ]),
    ).toThrow('local_port 50051 is declared by both a-noti-protocol and c-inven-collector');
  });

  it('gives a new plugin the port after the highest in use, whatever the order', () => {
    expect(nextLocalPort([])).toBe(FIRST_LOCAL_PORT);
    expect(nextLocalPort([50053, 50051])).toBe(50054);
  });
});
