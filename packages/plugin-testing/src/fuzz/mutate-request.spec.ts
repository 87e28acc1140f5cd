import { createFileRegistry, fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { mainDescriptorSet } from '@cloudforet/api';
import { getAt, type Dict } from './dict-paths';
import { mutateBytes } from './mutate-bytes';
import { mutateRequest } from './mutate-request';
import { caseSeed, Prng } from './prng';

const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, mainDescriptorSet));
const DISPATCH = registry.getMessage('spaceone.api.notification.plugin.PluginDispatchRequest') as DescMessage;
const TOKEN = 'xoxb-1-FuzzMutatorSecret';
const SEED: Dict = {
  secret_data: {},
  channel_data: { token: TOKEN, channel: 'general' },
  notification_type: 'INFO',
  message: { title: 'Disk full', tags: [{ key: 'a', value: 'b' }] },
  options: {},
};

const cases = Array.from({ length: 3000 }, (_, i) =>
  mutateRequest(SEED, DISPATCH, new Prng(caseSeed(1, 'dispatch', i)), { secrets: [TOKEN] }),
);
const kinds = (ops: string[]) => ops.map((op) => op.split(' ')[0]);

describe('mutateRequest', () => {
  it('is reproducible: the same prng seed gives the same case, and leaves the seed untouched', () => {
    const again = mutateRequest(SEED, DISPATCH, new Prng(caseSeed(1, 'dispatch', 17)), { secrets: [TOKEN] });
    expect(again).toEqual(cases[17]);
    expect(SEED.channel_data).toEqual({ token: TOKEN, channel: 'general' });
  });

  it('uses every kind of mutation, guided by the descriptor', () => {
    const ops = cases.flatMap((c) => c.ops);
    for (const kind of ['drop', 'secret']) expect(ops.some((op) => op.startsWith(`${kind} `))).toBe(true);
    const types = new Set(cases.map((c) => c.dict.notification_type));
    expect([...types]).toEqual(expect.arrayContaining(['ERROR', 'warning', 'NOT_A_VALUE', 999, null]));
    expect(cases.some((c) => 'fuzz_unknown' in c.dict || 'domain_id' in c.dict)).toBe(true);
    expect(cases.some((c) => !('message' in c.dict))).toBe(true);
    expect(
      cases.some(
        (c) =>
          Array.isArray(getAt(c.dict, ['message', 'tags'])) &&
          (getAt(c.dict, ['message', 'tags']) as unknown[]).length >= 100,
      ),
    ).toBe(true);
  });

  it('makes strings of up to 1 MiB, and a few past the 4 MiB request limit', () => {
    const longest = cases.map((c) => Math.max(0, ...c.ops.map((op) => Number(op.match(/\((\d+) chars\)/)?.[1] ?? 0))));
    expect(longest.filter((n) => n > 256 * 1024 && n <= 1024 * 1024).length).toBeGreaterThan(10);
    const oversized = longest.filter((n) => n > 4.5 * 1024 * 1024).length;
    expect(oversized).toBeGreaterThanOrEqual(1);
    expect(oversized).toBeLessThan(15);
  });

  it('injects secrets into other fields only while the secret stays at its own place', () => {
    const injected = cases.filter((c) => kinds(c.ops).includes('secret'));
    expect(injected.length).toBeGreaterThan(300);
    for (const c of injected) expect(getAt(c.dict, ['channel_data', 'token'])).toBe(TOKEN);
    expect(injected.some((c) => JSON.stringify(c.dict.message ?? '').includes(TOKEN))).toBe(true);
  });

  it('puts a secret the seed does not hold into secret_data too, and none into a request that has no place for it', () => {
    const other = 'https://hooks.example/services/T1/B1/OtherSecret';
    const withOther = Array.from({ length: 400 }, (_, i) =>
      mutateRequest(SEED, DISPATCH, new Prng(i), { secrets: [TOKEN, other] }),
    ).filter((c) => JSON.stringify(c.dict).includes(other));
    expect(withOther.length).toBeGreaterThan(10);
    for (const c of withOther) expect(Object.values(c.dict.secret_data as Dict)).toContain(other);

    const INIT = registry.getMessage('spaceone.api.notification.plugin.InitRequest') as DescMessage;
    const init = Array.from({ length: 400 }, (_, i) =>
      mutateRequest({ options: {} }, INIT, new Prng(i), { secrets: [TOKEN] }),
    );
    expect(init.filter((c) => JSON.stringify(c.dict).includes(TOKEN))).toEqual([]);
  });
});

describe('mutateBytes', () => {
  const valid = Uint8Array.from(Buffer.from('0a0012050a03616263', 'hex'));
  it('is reproducible and breaks the encoding in many ways', () => {
    const results = Array.from({ length: 300 }, (_, i) => mutateBytes(valid, new Prng(i)));
    expect(mutateBytes(valid, new Prng(5))).toEqual(results[5]);
    const ops = new Set(results.map((r) => r.op.replace(/\d+/g, 'N')));
    expect(ops).toEqual(
      new Set([
        'truncate to N of N bytes',
        'flip N bit(s)',
        'insert N random bytes at N',
        'append a field whose length runs past the end',
        'append a tag with wire type N (invalid)',
        'append field number N',
        'append an N-byte varint',
        'append N nested start-group tags',
        'append N nested length-delimited fields',
        'replace with N random bytes',
      ]),
    );
    expect(valid).toEqual(Uint8Array.from(Buffer.from('0a0012050a03616263', 'hex')));
  });
});
