/** A place in a request dict: object keys and array indexes from the root. */
export type DictPath = (string | number)[];

export type Dict = Record<string, unknown>;

export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path below the root (containers and leaves), at most `limit`, sampling long arrays by their ends. */
export function collectPaths(root: unknown, limit = 2_000): DictPath[] {
  const out: DictPath[] = [];
  const walk = (value: unknown, path: DictPath, depth: number) => {
    if (out.length >= limit || depth > 200) return;
    if (path.length) out.push(path);
    if (Array.isArray(value)) {
      const indexes = value.length <= 16 ? value.keys() : [0, 1, value.length - 1];
      for (const i of indexes) walk(value[i], [...path, i], depth + 1);
    } else if (isDict(value)) {
      for (const key of Object.keys(value)) walk(value[key], [...path, key], depth + 1);
    }
  };
  walk(root, [], 0);
  return out;
}

export function getAt(root: unknown, path: DictPath): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/** Sets (or, with `remove`, deletes) the value at `path`; a missing parent makes it a no-op. */
export function setAt(root: unknown, path: DictPath, value: unknown, remove = false): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
  if (typeof parent !== 'object' || parent === null) return;
  const key = path[path.length - 1]!;
  if (!remove) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

/** True when one path is the other or lies under it. */
export function overlaps(a: DictPath, b: DictPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `channel_data.token`, `message.tags[3]`. */
export function formatPath(path: DictPath): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(root)';
}

/**
 * Deep copy of a JSON-like dict (requests hold only JSON values). Not structuredClone: under jest
 * its objects come from another realm, and ParseDict then takes them for something else than a dict.
 */
export function cloneDict<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDict) as T;
  if (isDict(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneDict(v)])) as T;
  return value;
}
