import type { DescMessage } from '@bufbuild/protobuf';
import {
  cloneDict,
  collectPaths,
  formatPath,
  getAt,
  isDict,
  overlaps,
  setAt,
  type Dict,
  type DictPath,
} from './dict-paths';
import { deepNesting, hostileString, MIB, NASTY_STRINGS, repeatTo, wrongTypedValue } from './hostile-values';
import type { Prng } from './prng';
import { messageAt, slotAt, slotOfField } from './request-fields';
import { slotValue } from './slot-values';
import { describeValue } from './describe-value';

export interface MutatorOptions {
  /** Values the plugin must never log or answer; injected into fields of requests that carry them. */
  secrets?: readonly string[];
  /** Largest string of an ordinary "huge" mutation (default 1 MiB). */
  maxStringBytes?: number;
  /** Size of the rare oversized strings, past the plugins' ~4 MiB request limit (default 5 MiB). */
  oversizeBytes?: number;
}

export interface MutatedRequest {
  dict: Dict;
  /** What was done, one entry per mutation, e.g. `drop channel_data.token`. */
  ops: string[];
}

type OpKind = 'set' | 'string' | 'drop' | 'add-field' | 'unknown-key' | 'secret' | 'grow-array' | 'huge' | 'nest';

const OP_WEIGHTS: readonly (readonly [number, OpKind])[] = [
  [28, 'set'],
  [20, 'string'],
  [12, 'drop'],
  [8, 'add-field'],
  [5, 'unknown-key'],
  [15, 'secret'],
  [3, 'grow-array'],
  [3, 'huge'],
  [3, 'nest'],
];

interface OpContext {
  dict: Dict;
  desc: DescMessage;
  prng: Prng;
  secrets: readonly string[];
  /** The secrets the seed holds at their own place. */
  held: string[];
  /** Paths no other mutation may touch in a case that injects secrets: where the seed holds them. */
  blocked: DictPath[];
  maxStringBytes: number;
  oversizeBytes: number;
}

/**
 * One fuzz case from a valid seed request: one to three mutations (drop or add keys, wrong
 * types, null, nasty/huge strings, deep nesting, long arrays, extreme numbers, enum names
 * and invalid enums, unknown keys, secrets copied into other fields), guided by the request's
 * reflected descriptor. Only `prng` decides, so the same seed gives the same case.
 */
export function mutateRequest(seed: Dict, desc: DescMessage, prng: Prng, opts: MutatorOptions = {}): MutatedRequest {
  const dict = cloneDict(seed);
  const secrets = opts.secrets ?? [];
  const secretPaths = collectPaths(seed).filter((p) => secrets.includes(getAt(seed, p) as string));
  // Only secrets the plugin can know as such: those the seed holds, or any when they can go into secret_data.
  const injectable = desc.fields.some((f) => f.name === 'secret_data')
    ? secrets
    : secrets.filter((s) => secretPaths.some((p) => getAt(seed, p) === s));
  const kinds = Array.from(
    {
      length: prng.weighted([
        [6, 1],
        [3, 2],
        [1, 3],
      ] as const),
    },
    () => prng.weighted(OP_WEIGHTS.filter(([, k]) => k !== 'secret' || injectable.length > 0)),
  );
  const ctx: OpContext = {
    dict,
    desc,
    prng,
    secrets: injectable,
    held: secretPaths.map((p) => getAt(seed, p) as string),
    blocked: kinds.includes('secret') ? secretPaths : [],
    maxStringBytes: opts.maxStringBytes ?? MIB,
    oversizeBytes: opts.oversizeBytes ?? 5 * MIB,
  };
  // Secrets go in last, so that no other mutation of the case removes them again.
  kinds.sort((a, b) => Number(a === 'secret') - Number(b === 'secret'));
  return { dict, ops: kinds.map((kind) => OPS[kind](ctx)) };
}

const OPS: Record<OpKind, (ctx: OpContext) => string> = {
  set(ctx) {
    const path = pickPath(ctx);
    if (!path) return OPS['add-field'](ctx);
    const slot = slotAt(ctx.desc, path);
    return put(
      ctx,
      path,
      slot ? slotValue(slot, ctx.prng, ctx.maxStringBytes) : wrongTypedValue(ctx.prng, ctx.maxStringBytes),
    );
  },
  string(ctx) {
    const path = pickPath(ctx, (v) => typeof v === 'string');
    if (!path) return OPS.set(ctx);
    const { prng } = ctx;
    const s = getAt(ctx.dict, path) as string;
    const at = prng.int(s.length + 1);
    const value = prng.pick([
      () => s + prng.pick(NASTY_STRINGS),
      () => prng.pick(NASTY_STRINGS) + s,
      () => s.slice(0, at) + prng.pick(['\u0000', '\r\n', '\ud800', '\n', '%']) + s.slice(at),
      () => s.slice(0, at),
      () => hostileString(prng, ctx.maxStringBytes),
      () => repeatTo(s || 'x', prng.range(1_000, 64 * 1024)),
    ])();
    return put(ctx, path, value);
  },
  drop(ctx) {
    const path = pickPath(ctx);
    if (!path) return OPS.set(ctx);
    setAt(ctx.dict, path, undefined, true);
    return `drop ${formatPath(path)}`;
  },
  'add-field'(ctx) {
    const parents = [[] as DictPath, ...candidatePaths(ctx)].filter(
      (p) => isDict(getAt(ctx.dict, p)) && messageAt(ctx.desc, p),
    );
    const parent = ctx.prng.pick(parents);
    const dict = getAt(ctx.dict, parent) as Dict;
    const fields = messageAt(ctx.desc, parent)!.fields.filter((f) => !isBlocked(ctx, [...parent, f.name]));
    if (fields.length === 0) return OPS['unknown-key'](ctx);
    const missing = fields.filter((f) => !(f.name in dict));
    const field = ctx.prng.pick(missing.length ? missing : fields);
    return put(ctx, [...parent, field.name], slotValue(slotOfField(field), ctx.prng, ctx.maxStringBytes));
  },
  'unknown-key'(ctx) {
    const parents = [[] as DictPath, ...candidatePaths(ctx)].filter((p) => isDict(getAt(ctx.dict, p)));
    const key = ctx.prng.pick(['fuzz_unknown', 'domain_id', ...NASTY_STRINGS.slice(1, 12)]);
    return put(ctx, [...ctx.prng.pick(parents), key], wrongTypedValue(ctx.prng, 4096));
  },
  secret(ctx) {
    const { prng } = ctx;
    const secret = prng.pick(ctx.secrets);
    const known = ctx.held.includes(secret);
    const value = prng.pick([secret, `${secret}\r\n`, `Bearer ${secret}`, `${secret} ${secret}`, `x${secret}\u0000`]);
    const ops: string[] = [];
    if (!known) {
      // The plugin must know it is a secret: where the seed does not hold it, it goes into secret_data as well.
      if (!isDict(ctx.dict.secret_data)) ctx.dict.secret_data = {};
      const place = ['secret_data', prng.pick(['token', 'api_key', 'fuzz_secret'])];
      ops.push(put(ctx, place, secret));
      ctx.blocked.push(place);
    }
    const leaf = pickPath(ctx, (v) => typeof v === 'string' || isDict(v));
    const path = leaf && isDict(getAt(ctx.dict, leaf)) ? [...leaf, prng.pick(['note', 'token', 'x'])] : leaf;
    if (path) ops.push(put(ctx, path, value));
    return `secret ${ops.join(', ') || 'nowhere (no field)'}`;
  },
  'grow-array'(ctx) {
    // Shallow arrays only: copies of deeply nested items cost the encoder their size at every level.
    const path = pickPath(ctx, (v, p) => Array.isArray(v) && v.length > 0 && p.length <= 4);
    if (!path) return OPS.nest(ctx);
    const items = getAt(ctx.dict, path) as unknown[];
    // Long, but no larger in all than one huge string.
    const itemSize = Math.max(1, approxSize(items, ctx.maxStringBytes) / items.length);
    const length = Math.min(ctx.prng.range(100, 3_000), Math.ceil(ctx.maxStringBytes / itemSize));
    return put(
      ctx,
      path,
      // Copies, not the same objects again: a later mutation of one element must not reach all of them.
      Array.from({ length }, (_, i) => cloneDict(items[i % items.length])),
    );
  },
  huge(ctx) {
    // Not into an enum (the client would refuse it anyway, after quoting all of it), and not deep
    // (every nesting level copies the encoded bytes again: deep and huge would cost seconds to encode).
    const path = pickPath(
      ctx,
      (v, p) => typeof v === 'string' && p.length <= 4 && slotAt(ctx.desc, p)?.kind !== 'enum',
    );
    if (!path) return OPS.set(ctx);
    const size = ctx.prng.chance(0.025)
      ? ctx.prng.range(ctx.oversizeBytes * 0.9, ctx.oversizeBytes * 1.1)
      : ctx.prng.range(256 * 1024, ctx.maxStringBytes);
    return put(ctx, path, repeatTo(ctx.prng.pick(NASTY_STRINGS) || 'x', size));
  },
  nest(ctx) {
    const path = pickPath(ctx);
    if (!path) return OPS.set(ctx);
    const depth = ctx.prng.chance(0.9) ? ctx.prng.range(10, 99) : ctx.prng.range(100, 300);
    return put(ctx, path, deepNesting(depth, ctx.prng.pick(NASTY_STRINGS)));
  },
};

function put(ctx: OpContext, path: DictPath, value: unknown): string {
  setAt(ctx.dict, path, value);
  return `${formatPath(path)} := ${describeValue(value)}`;
}

function isBlocked(ctx: OpContext, path: DictPath): boolean {
  return ctx.blocked.some((b) => overlaps(path, b));
}

/** Paths in the current dict that the case may touch. */
function candidatePaths(ctx: OpContext): DictPath[] {
  return collectPaths(ctx.dict).filter((p) => !isBlocked(ctx, p));
}

function pickPath(
  ctx: OpContext,
  accept: (value: unknown, path: DictPath) => boolean = () => true,
): DictPath | undefined {
  const paths = candidatePaths(ctx).filter((p) => accept(getAt(ctx.dict, p), p));
  return paths.length ? ctx.prng.pick(paths) : undefined;
}

/**
 * What encoding `value` costs, in characters times nesting depth (the encoder copies a nested
 * message's bytes once per level), counting no further than `limit`.
 */
function approxSize(value: unknown, limit: number): number {
  let size = 0;
  const walk = (v: unknown, depth: number): void => {
    if (size > limit) return;
    if (typeof v === 'string') size += (v.length + 2) * depth;
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (!isDict(v)) size += 8 * depth;
    else {
      for (const [k, x] of Object.entries(v)) {
        size += (k.length + 3) * depth;
        walk(x, depth + 1);
      }
    }
  };
  walk(value, 0);
  return size;
}
