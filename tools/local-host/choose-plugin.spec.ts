import { choosePlugin } from './choose-plugin';
import type { LocalHostState } from './local-host-state';

const plugin = (name: string) => ({
  name,
  kind: 'notification.Protocol',
  endpoint: '127.0.0.1:50051',
  pid: 1,
  initOptions: {},
  example: { method: 'Protocol.init', params: {} },
});
const state = (...names: string[]): LocalHostState => ({ pid: 1, plugins: names.map(plugin) });

describe('npm run demo: which plugin', () => {
  it('takes the only plugin running when none is named', () => {
    expect(choosePlugin(state('a-noti-protocol'), undefined).name).toBe('a-noti-protocol');
  });

  it('asks which one when several run and none is named', () => {
    expect(() => choosePlugin(state('a-noti-protocol', 'b-mon-webhook'), undefined)).toThrow(
      '2 plugins are running; which one? npm run demo <plugin> (a-noti-protocol, b-mon-webhook)',
    );
  });

  it('takes the one named, and names the running ones for a plugin that is not running', () => {
    expect(choosePlugin(state('a-noti-protocol', 'b-mon-webhook'), 'b-mon-webhook').name).toBe('b-mon-webhook');
    expect(() => choosePlugin(state('a-noti-protocol'), 'c')).toThrow('c is not running; running: a-noti-protocol');
  });
});
