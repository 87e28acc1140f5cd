import { CollectorService, ResourceInfo_State } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { LogService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/log';
import type { MethodDefinition } from './plugin-definition';
import { streamEncoder } from './stream-encoder';

const resource = (json: string) => ({
  state: ResourceInfo_State.SUCCESS,
  resource_type: 'inventory.CloudService',
  match_rules: { '1': ['reference.resource_id', 'provider'] },
  resource: { name: 'vm-1', json_data: json, reference: { resource_id: 'id-1' } },
});

describe('streamEncoder', () => {
  it('encodes a stream of items as the generated encoder does, a large one between small ones', () => {
    const encode = streamEncoder(CollectorService.collect);
    const items = [resource('{"a":1}'), resource(JSON.stringify({ rows: 'é'.repeat(300_000) })), resource('{}')];
    const encoded = items.map((item) => Buffer.from(encode(item)));
    const generated = items.map((item) => CollectorService.collect.responseSerialize(item));
    expect(encoded.map((bytes) => bytes.length)).toEqual(generated.map((bytes) => bytes.length));
    expect(encoded.map((bytes, i) => bytes.equals(generated[i]))).toEqual([true, true, true]);
  });

  it('gives each item bytes of its own, which the next item does not overwrite', () => {
    const encode = streamEncoder(CollectorService.collect);
    const first = encode(resource('{"first":true}'));
    const copy = Buffer.from(first);
    encode(resource('{"second":"a longer document than the first"}'));
    expect(first).toEqual(copy);
  });

  it('encodes Log.list items too, and keeps the generated encoder for other streams', () => {
    const log = { results: [{ message: 'hello' }] };
    expect(streamEncoder(LogService.list)(log)).toEqual(LogService.list.responseSerialize(log));
    const other = { ...LogService.list, path: '/other.Service/stream' } as MethodDefinition;
    expect(streamEncoder(other)).toBe(other.responseSerialize);
  });
});
