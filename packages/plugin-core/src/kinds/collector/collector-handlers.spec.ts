import { ResourceInfo_State } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CallContext } from '../../server/plugin-definition';
import { collectorHandlers } from './collector-handlers';

describe('collectorHandlers', () => {
  const ctx = {} as CallContext;
  const checked: unknown[] = [];
  const handlers = collectorHandlers({
    metadata: { supported_resource_type: ['inventory.CloudService'] },
    checkOptions: (options) => void checked.push(options),
    verify: async (request) => {
      if (!request.secret_data?.key) throw new Error('no key');
    },
    async *collect() {
      yield { state: ResourceInfo_State.SUCCESS, resource_type: 'inventory.Region' };
    },
  });

  it('init checks the options ({} when none came) and answers the metadata', async () => {
    expect(await handlers.init!({}, ctx)).toEqual({
      metadata: { supported_resource_type: ['inventory.CloudService'] },
    });
    await handlers.init!({ options: { a: 1 } }, ctx);
    expect(checked).toEqual([{}, { a: 1 }]);
  });

  it('verify answers {} or fails as the collector does; collect is its stream', async () => {
    expect(await handlers.verify!({ secret_data: { key: 'k' } }, ctx)).toEqual({});
    await expect(handlers.verify!({ secret_data: {} }, ctx)).rejects.toThrow('no key');
    const out = [];
    for await (const info of handlers.collect!({}, ctx)) out.push(info.resource_type);
    expect(out).toEqual(['inventory.Region']);
  });
});
