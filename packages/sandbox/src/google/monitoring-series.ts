import { seeded } from '../cloud/seeded';
import type { MonitoringMetricSpec } from './monitoring-descriptors';

/** The aligners the sandbox computes (`ALIGN_NONE`: the raw per-minute samples). */
export const MONITORING_ALIGNERS = ['ALIGN_NONE', 'ALIGN_MEAN', 'ALIGN_MAX', 'ALIGN_MIN', 'ALIGN_SUM'] as const;
export type MonitoringAligner = (typeof MONITORING_ALIGNERS)[number];

/** Raw samples are one per minute, on the minute. */
export const SAMPLE_PERIOD_S = 60;
/** Share of instances that are down for OUTAGE_MINUTES every day (their series have a gap there). */
const OUTAGE_SHARE = 0.3;
const OUTAGE_MINUTES = 90;

export interface MonitoringSeriesKey {
  seed: number;
  spec: MonitoringMetricSpec;
  /** The instance's id, or the bucket's name. */
  instanceId: string;
  /** Which of the instance's series (0 … seriesPerInstance-1; a bucket has one, 0). */
  series: number;
}

/** One point of a series: the end of its interval (epoch s) and its value. */
export interface MonitoringPoint {
  end: number;
  value: number;
}

/**
 * The raw samples of a series: minute `t` (epoch s, a multiple of 60) → value, or undefined in a gap.
 * What is fixed per series (its outage, phase, level) is drawn once; per sample only `t` is hashed.
 * A steady metric's samples are its level, rounded (whole objects and bytes), every minute.
 */
export function rawSampler(key: MonitoringSeriesKey): (t: number) => number | undefined {
  const base = seeded(key.seed, 'monitoring', key.instanceId);
  const outage = base.chance(OUTAGE_SHARE) ? base.int(0, 1439) : undefined;
  const series = seeded(key.seed, 'monitoring', key.spec.type, key.instanceId, key.series);
  const phase = series.next() * 2 * Math.PI;
  const level = key.spec.scale * (0.6 + 0.8 * series.next());
  if (key.spec.steady) {
    const steady = Math.round(level);
    return () => steady;
  }
  const pointSeed = series.int(0, 0x7fffffff);
  const percent = key.spec.unit === '10^2.%';
  const integer = key.spec.valueType === 'INT64';
  return (t) => {
    if (outage !== undefined && (((t / 60 - outage) % 1440) + 1440) % 1440 < OUTAGE_MINUTES) return undefined;
    const wave = 1 + 0.5 * Math.sin((2 * Math.PI * t) / 86_400 + phase);
    let v = level * wave * (0.85 + 0.3 * noise(pointSeed, t / 60));
    if (percent) v = Math.min(1, v);
    return integer ? Math.round(v) : v;
  };
}

/** A float in [0, 1) from a series seed and a minute number (an integer hash: samples are many). */
function noise(seed: number, minute: number): number {
  let h = Math.imul((seed ^ minute) >>> 0, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ (minute >>> 16), 0x27d4eb2f);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/** One raw sample of a series (see rawSampler). */
export function rawSample(key: MonitoringSeriesKey, t: number): number | undefined {
  return rawSampler(key)(t);
}

/**
 * A series over (start, end] as timeSeries.list computes it, oldest first. ALIGN_NONE: every raw
 * sample. Otherwise one point per alignment period ending at `end`, `end - period`, … while the
 * period starts at or after `start`, reducing the raw samples in (t - period, t] with the aligner; a
 * period without samples has no point. The tests recompute their expectations with this function.
 */
export function monitoringSeries(
  key: MonitoringSeriesKey,
  { start, end, period, aligner }: { start: number; end: number; period: number; aligner: MonitoringAligner },
): MonitoringPoint[] {
  const out: MonitoringPoint[] = [];
  const sample = rawSampler(key);
  if (aligner === 'ALIGN_NONE') {
    for (let t = Math.floor(start / 60) * 60 + 60; t <= end; t += 60) {
      const v = sample(t);
      if (v !== undefined) out.push({ end: t, value: v });
    }
    return out;
  }
  const ends: number[] = [];
  for (let t = end; t - period >= start; t -= period) ends.push(t);
  for (const t of ends.reverse()) {
    const samples: number[] = [];
    for (let m = Math.floor((t - period) / 60) * 60 + 60; m <= t; m += 60) {
      const v = sample(m);
      if (v !== undefined) samples.push(v);
    }
    if (samples.length === 0) continue;
    out.push({ end: t, value: reduce(samples, aligner) });
  }
  return out;
}

function reduce(samples: number[], aligner: Exclude<MonitoringAligner, 'ALIGN_NONE'>): number {
  if (aligner === 'ALIGN_MAX') return Math.max(...samples);
  if (aligner === 'ALIGN_MIN') return Math.min(...samples);
  const sum = samples.reduce((a, b) => a + b, 0);
  return aligner === 'ALIGN_SUM' ? sum : sum / samples.length;
}

/** The value type of an aligned series: ALIGN_MEAN answers DOUBLE, the others keep the metric's. */
export function alignedValueType(spec: MonitoringMetricSpec, aligner: MonitoringAligner): string {
  return aligner === 'ALIGN_MEAN' ? 'DOUBLE' : spec.valueType;
}
