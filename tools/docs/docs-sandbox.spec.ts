import type { Sandbox } from '@cloudforet/sandbox';
import { stableOrigins } from './docs-sandbox';

describe('stableOrigins', () => {
  it('writes each stand-in origin as http://<stand-in>.sandbox, leaving other URLs alone', () => {
    const sandbox = {
      started: () => ({ oidc: { url: 'http://127.0.0.1:41001' }, google: { url: 'http://127.0.0.1:41002' } }),
    } as unknown as Sandbox;
    expect(
      stableOrigins(
        '{"a":"http://127.0.0.1:41001/realms/x","b":"http://127.0.0.1:41002","c":"https://example.com"}',
        sandbox,
      ),
    ).toBe('{"a":"http://oidc.sandbox/realms/x","b":"http://google.sandbox","c":"https://example.com"}');
  });
});
