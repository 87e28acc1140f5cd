/**
 * Deterministic values from a seed and a key: `seeded(seed, 'us-east-1', 'instance', 42)` gives the
 * same generator every time, independent of any other key, so item N of a list is made without
 * making items 0..N-1 (pages are generated lazily, whatever the list's size).
 */
export function seeded(seed: number, ...key: (string | number)[]): Seeded {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of key) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 0x2f, 0x01000193) >>> 0;
  }
  return new Seeded(h);
}

/** mulberry32: small, fast, good enough for test data. */
export class Seeded {
  constructor(private state: number) {}

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `length` lowercase hex digits. */
  hex(length: number): string {
    let out = '';
    while (out.length < length)
      out += Math.floor(this.next() * 0x10000)
        .toString(16)
        .padStart(4, '0');
    return out.slice(0, length);
  }
}
