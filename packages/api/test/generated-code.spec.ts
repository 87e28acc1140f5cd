// The generated ts-proto code: a request the core sends survives encode -> bytes -> decode with every
// field, Struct values and enum names intact (snake_case names as in the .proto files).
import {
  PluginDispatchRequest,
  PluginDispatchRequest_NotificationType,
} from '../src/gen/spaceone/api/notification/plugin/notification';
import { RegisterPluginRequest } from '../src/gen/spaceone/api/repository/v1/plugin';
import { CreatePluginRequest } from '../src/gen-legacy/repository-v1/spaceone/api/repository/v1/plugin';

describe('generated code', () => {
  it('round-trips Notification.dispatch as the core sends it', () => {
    const request: PluginDispatchRequest = {
      options: {},
      secret_data: { token: 'xoxb-1' },
      channel_data: { channel: 'general', nested: { n: 1.5, ok: true, none: null, list: ['a', 2] } },
      notification_type: PluginDispatchRequest_NotificationType.WARNING,
      message: { title: 'CPU above 90%', tags: [{ key: 'host', value: 'web-1' }] },
    };
    const bytes = PluginDispatchRequest.encode(request).finish();
    expect(bytes.length).toBeGreaterThan(50);
    expect(PluginDispatchRequest.decode(bytes)).toEqual(request);
  });

  it('keeps the field numbers of each Repository API apart (2.x RegisterPluginRequest vs 1.x CreatePluginRequest)', () => {
    const v2 = RegisterPluginRequest.encode({
      name: 'X',
      resource_type: 'notification.Protocol',
      plugin_id: 'p',
    }).finish();
    expect(RegisterPluginRequest.decode(v2)).toMatchObject({
      name: 'X',
      resource_type: 'notification.Protocol',
      plugin_id: 'p',
    });
    // The same bytes read with the 1.x message lose plugin_id: why `register` checks the API version first.
    expect(CreatePluginRequest.decode(v2).name).toBe('X');
    expect(JSON.stringify(CreatePluginRequest.decode(v2))).not.toContain('"p"');
  });
});
