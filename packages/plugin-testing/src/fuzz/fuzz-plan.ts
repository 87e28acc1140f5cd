import type { DescMethod } from '@bufbuild/protobuf';
import type { CoreClient } from '../client/core-client';
import type { FuzzRpc } from './fuzz-case';

/** Every (rpc, index) of the run, RPCs interleaved; or the one case asked for. */
export function caseList(rpcs: FuzzRpc[], runs: number, only?: string): [FuzzRpc, number][] {
  if (only) {
    const [name, index] = only.split('#');
    const rpc = rpcs.find((r) => r.method === name);
    if (!rpc || !/^\d+$/.test(index ?? ''))
      throw new Error(`fuzz: no case "${only}" (expected "Service.method#index")`);
    return [[rpc, Number(index)]];
  }
  const list: [FuzzRpc, number][] = [];
  for (let i = 0; i < runs; i++) for (const rpc of rpcs) list.push([rpc, i]);
  return list;
}

export async function inPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

/** The reflected method behind `Service.method` (the last listed service of that short name, as the core's stubs). */
export function describeMethod(client: CoreClient, name: string): DescMethod {
  const [service, verb] = name.split('.');
  const full = client.services.filter((s) => s.split('.').pop() === service).pop();
  const found = full ? client.registry.getService(full)?.methods.find((m) => m.name === verb) : undefined;
  if (!found || found.methodKind !== 'unary') throw new Error(`fuzz: ${name} is not a unary method of the plugin`);
  return found;
}
