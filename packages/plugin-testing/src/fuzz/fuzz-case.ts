import type { DescMethod } from '@bufbuild/protobuf';
import type { Dict } from './dict-paths';
import { mutateBytes } from './mutate-bytes';
import { mutateRequest, type MutatorOptions } from './mutate-request';
import { caseSeed, Prng } from './prng';

/** One RPC to fuzz: `Service.method` as the core names it, and valid requests to start from. */
export interface FuzzRpc {
  method: string;
  /** Valid request dicts (as the core sends them); each case starts from one of them. */
  seeds: Dict[];
}

interface CaseBase {
  /** `Notification.dispatch#42`: the method and the case index; with the run's seed it rebuilds the case. */
  id: string;
  method: string;
  index: number;
  /** Which of the RPC's seeds the case started from. */
  seedIndex: number;
  ops: string[];
}

/** A mutated dict, sent through the core-like client (which may refuse it, as ParseDict would). */
export interface DictCase extends CaseBase {
  kind: 'dict';
  dict: Dict;
}

/** Mutated bytes of a valid request, sent straight over the channel. */
export interface RawCase extends CaseBase {
  kind: 'raw';
  bytes: Uint8Array;
}

export type FuzzCase = DictCase | RawCase;

export interface CaseSource extends MutatorOptions {
  runSeed: number;
  /** Share of raw-bytes cases (default 0.15). */
  rawShare?: number;
  method: (name: string) => DescMethod;
  /** The valid encoding of a seed request. */
  encode: (method: string, seed: Dict) => Uint8Array;
}

/** Case `index` of `rpc`: a function of the run seed, the method and the index only. */
export function buildCase(rpc: FuzzRpc, index: number, source: CaseSource): FuzzCase {
  const prng = new Prng(caseSeed(source.runSeed, rpc.method, index));
  const seedIndex = prng.int(rpc.seeds.length);
  const seed = rpc.seeds[seedIndex]!;
  const base = { id: `${rpc.method}#${index}`, method: rpc.method, index, seedIndex };
  if (prng.chance(source.rawShare ?? 0.15)) {
    const { bytes, op } = mutateBytes(source.encode(rpc.method, seed), prng);
    return { ...base, kind: 'raw', bytes, ops: [op] };
  }
  const { dict, ops } = mutateRequest(seed, source.method(rpc.method).input, prng, source);
  return { ...base, kind: 'dict', dict, ops };
}
