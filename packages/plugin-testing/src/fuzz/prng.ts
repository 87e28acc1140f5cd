import { randomInt } from 'node:crypto';

/**
 * mulberry32: a 32-bit seeded PRNG, small and fast, the same sequence for the same
 * seed on every platform and Node version. Not for cryptography.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** One of the values, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    let r = this.next() * choices.reduce((sum, [w]) => sum + w, 0);
    for (const [w, value] of choices) if ((r -= w) < 0) return value;
    return choices[choices.length - 1]![1];
  }
}

/** A seed of its own for one case, from the run's seed and the case's labels (FNV-1a), so any case can be rebuilt alone. */
export function caseSeed(runSeed: number, ...labels: (string | number)[]): number {
  let h = 0x811c9dc5 ^ (runSeed >>> 0);
  for (const ch of labels.join('\u0000')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** A fresh seed for exploratory (nightly) runs; print it so the run can be repeated. */
export function randomSeed(): number {
  return randomInt(1, 2 ** 31);
}
