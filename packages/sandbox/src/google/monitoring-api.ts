import type { CloudRequest } from '../cloud/cloud-http-server';
import type { PageTokens } from '../cloud/page-token';
import { googleError, invalidPageToken, permissionDenied, type GcpErrorReply } from './gcp-errors';
import type { GcpProject } from './gcp-world';
import {
  descriptorOf,
  MONITORED_RESOURCE_LABELS,
  MONITORING_METRICS,
  monitoringMetricSpec,
  type MonitoringMetricSpec,
} from './monitoring-descriptors';
import { ANY, FilterSyntaxError, metricTypeOf, parseMonitoringFilter, type Lookup } from './monitoring-filter';
import {
  alignedValueType,
  MONITORING_ALIGNERS,
  monitoringSeries,
  rawSample,
  type MonitoringAligner,
} from './monitoring-series';

/** Knobs of the Cloud Monitoring stand-in. */
export interface MonitoringOptions {
  /** Series each instance has of each metric (default 1), told apart by the metric label `stream`. */
  seriesPerInstance?: number;
  /** Most points one timeSeries.list page holds, whatever pageSize asks (default 100,000, Google's). */
  pointsPerPage?: number;
  /** Most descriptors one metricDescriptors.list page holds (default 100). */
  descriptorsPerPage?: number;
  /** Instances whose series timeSeries.list answers 500 INTERNAL for (changeable while running). */
  failingInstanceIds?: string[];
  /** Buckets (by name) whose series timeSeries.list answers 500 INTERNAL for (changeable while running). */
  failingBucketNames?: string[];
}

/** What one monitoring call answers: a body, or a Google error. */
export type MonitoringAnswer = { body: Record<string, unknown>; continued?: boolean } | { error: GcpErrorReply };

interface InstanceRef {
  id: string;
  name: string;
  zone: string;
}

/** One series' owner: the key its values are drawn from, its monitored resource and metric labels. */
interface SeriesSubject {
  key: string;
  series: number;
  resource: { type: string; labels: Record<string, string> };
  metric: Record<string, string>;
}

/** `2026-11-30T00:30:00Z`: RFC 3339 as Google writes it (no fraction when it is zero). */
export const googleTime = (epochS: number) => new Date(epochS * 1000).toISOString().replace('.000Z', 'Z');

function invalid(field: string, detail: string): GcpErrorReply {
  return googleError(400, 'INVALID_ARGUMENT', `Field ${field} had an invalid value: ${detail}`, 'badRequest');
}

/**
 * Cloud Monitoring v3 on the sandbox's project: `projects.metricDescriptors.list` and
 * `projects.timeSeries.list` (filter, interval, aggregation with ALIGN_MEAN/MAX/MIN/SUM, view, page
 * tokens), in Google's REST JSON: points newest first, `interval.endTime`, `doubleValue` or
 * `int64Value` (a string). Series exist for the project's Compute Engine instances and, of the
 * `gcs_bucket` metrics, for its buckets but every fourth from bucket 1 (see bucketHasSeries).
 */
export class MonitoringApi {
  readonly seriesPerInstance: number;
  readonly pointsPerPage: number;
  readonly descriptorsPerPage: number;
  readonly failingInstanceIds: Set<string>;
  readonly failingBucketNames: Set<string>;
  private instances?: Map<string, InstanceRef>;

  constructor(
    private readonly project: GcpProject,
    private readonly pages: PageTokens,
    options: MonitoringOptions = {},
  ) {
    this.seriesPerInstance = Math.max(1, options.seriesPerInstance ?? 1);
    this.pointsPerPage = Math.max(1, options.pointsPerPage ?? 100_000);
    this.descriptorsPerPage = Math.max(1, options.descriptorsPerPage ?? 100);
    this.failingInstanceIds = new Set(options.failingInstanceIds ?? []);
    this.failingBucketNames = new Set(options.failingBucketNames ?? []);
  }

  /** Bucket N has `gcs_bucket` series unless N % 4 is 1 (a bucket Monitoring has no point for). */
  bucketHasSeries(index: number): boolean {
    return index % 4 !== 1;
  }

  /**
   * The value every point of bucket N's series of a steady `gcs_bucket` metric has (object_count,
   * total_bytes), or undefined when the bucket has no series.
   */
  bucketValue(index: number, type: string): number | undefined {
    const spec = monitoringMetricSpec(type);
    if (!spec?.steady || !this.bucketHasSeries(index)) return undefined;
    const name = this.project.bucket(index).name!;
    return rawSample({ seed: this.project.seed, spec, instanceId: name, series: 0 }, 0);
  }

  /** The project's instances by id (made once, on the first time-series call). */
  instanceById(): Map<string, InstanceRef> {
    if (!this.instances) {
      this.instances = new Map();
      for (const zone of this.project.zones)
        for (let i = 0; i < this.project.instancesPerZone; i++) {
          const vm = this.project.instance(zone, i);
          this.instances.set(vm.id!, { id: vm.id!, name: vm.name!, zone });
        }
    }
    return this.instances;
  }

  answer(req: CloudRequest, projectPart: string, collection: string): MonitoringAnswer {
    const p = this.project;
    if (projectPart !== p.projectId && projectPart !== p.projectNumber)
      return { error: permissionDenied(`monitoring.${collection}.list`, `projects/${projectPart}`) };
    return collection === 'metricDescriptors' ? this.descriptors(req) : this.timeSeries(req);
  }

  private descriptors(req: CloudRequest): MonitoringAnswer {
    const q = req.url.searchParams;
    const filterText = q.get('filter');
    let match: (m: MonitoringMetricSpec) => boolean = () => true;
    if (filterText) {
      try {
        const predicate = parseMonitoringFilter(filterText);
        match = (m) => predicate(descriptorLookup(m));
      } catch (e) {
        if (e instanceof FilterSyntaxError) return { error: invalid('filter', e.message) };
        throw e;
      }
    }
    const all = MONITORING_METRICS.filter(match);
    const range = this.range(q, 'descriptors', this.descriptorsPerPage, all.length);
    if (!range) return { error: invalidPageToken() };
    const body: Record<string, unknown> = {};
    if (all.length)
      body.metricDescriptors = all.slice(range.start, range.end).map((m) => descriptorOf(this.project.projectId, m));
    if (range.end < all.length) body.nextPageToken = this.pages.encode('descriptors', range.end);
    return { body, continued: range.start > 0 };
  }

  private timeSeries(req: CloudRequest): MonitoringAnswer {
    const q = req.url.searchParams;
    const filterText = q.get('filter') ?? '';
    const type = metricTypeOf(filterText);
    if (!type) return { error: invalid('filter', 'a time series filter must name one metric.type') };
    let predicate;
    try {
      predicate = parseMonitoringFilter(filterText);
    } catch (e) {
      if (e instanceof FilterSyntaxError) return { error: invalid('filter', e.message) };
      throw e;
    }
    const end = Date.parse(q.get('interval.endTime') ?? '');
    const startText = q.get('interval.startTime');
    const start = startText ? Date.parse(startText) : end;
    if (Number.isNaN(end)) return { error: invalid('interval.endTime', 'required, RFC 3339') };
    if (Number.isNaN(start) || start > end)
      return { error: invalid('interval.startTime', 'RFC 3339, not after interval.endTime') };
    const aligner = (q.get('aggregation.perSeriesAligner') ?? 'ALIGN_NONE') as MonitoringAligner;
    if (!(MONITORING_ALIGNERS as readonly string[]).includes(aligner))
      return { error: invalid('aggregation.perSeriesAligner', `${aligner} is not served by the sandbox`) };
    const periodText = q.get('aggregation.alignmentPeriod');
    const period = periodText ? /^(\d+)s$/.exec(periodText)?.[1] : undefined;
    if (aligner !== 'ALIGN_NONE' && (!period || Number(period) < 60))
      return { error: invalid('aggregation.alignmentPeriod', 'an aligner needs a period of at least 60s') };
    const reducer = q.get('aggregation.crossSeriesReducer') ?? 'REDUCE_NONE';
    if (reducer !== 'REDUCE_NONE')
      return { error: invalid('aggregation.crossSeriesReducer', `${reducer} is not served by the sandbox`) };
    const view = q.get('view') ?? 'FULL';

    const spec = monitoringMetricSpec(type);
    const matched = this.subjects(spec?.resourceType).filter((m) =>
      predicate(seriesLookup(type, this.project.projectId, m)),
    );
    const failing = matched.find((m) =>
      m.resource.type === 'gcs_bucket' ? this.failingBucketNames.has(m.key) : this.failingInstanceIds.has(m.key),
    );
    if (failing) return { error: googleError(500, 'INTERNAL', 'Internal error encountered.', 'backendError') };

    const scope = `series:${filterText}|${start}|${end}|${aligner}|${period}`;
    const tokenText = q.get('pageToken');
    const first = tokenText ? this.pages.decode(scope, tokenText) : 0;
    if (first === undefined) return { error: invalidPageToken() };
    const asked = Number(q.get('pageSize') ?? this.pointsPerPage);
    const cap = Math.max(
      1,
      Math.min(this.pointsPerPage, Number.isFinite(asked) && asked > 0 ? asked : this.pointsPerPage),
    );
    const timeSeries: unknown[] = [];
    let points = 0;
    let next = first;
    for (; next < matched.length; next++) {
      const subject = matched[next];
      const got = monitoringSeries(
        { seed: this.project.seed, spec: spec!, instanceId: subject.key, series: subject.series },
        { start: start / 1000, end: end / 1000, period: Number(period ?? 60), aligner },
      );
      if (view === 'FULL' && timeSeries.length > 0 && points + got.length > cap) break;
      points += got.length;
      timeSeries.push(this.seriesBody(spec!, subject, aligner, Number(period ?? 60), view === 'FULL' ? got : []));
    }
    const body: Record<string, unknown> = { unit: spec?.unit ?? '' };
    if (timeSeries.length) body.timeSeries = timeSeries;
    if (next < matched.length) body.nextPageToken = this.pages.encode(scope, next);
    return { body, continued: first > 0 };
  }

  /** The series a metric of the resource type has: per instance (seriesPerInstance each), or per bucket with series. */
  private subjects(resourceType: string | undefined): SeriesSubject[] {
    const projectId = this.project.projectId;
    if (resourceType === 'gce_instance')
      return [...this.instanceById().values()].flatMap((vm) =>
        Array.from({ length: this.seriesPerInstance }, (_, series) => ({
          key: vm.id,
          series,
          resource: { type: 'gce_instance', labels: { project_id: projectId, instance_id: vm.id, zone: vm.zone } },
          metric: metricLabels(vm, series, this.seriesPerInstance),
        })),
      );
    if (resourceType !== 'gcs_bucket') return [];
    const out: SeriesSubject[] = [];
    for (let i = 0; i < this.project.bucketCount; i++) {
      if (!this.bucketHasSeries(i)) continue;
      const b = this.project.bucket(i);
      out.push({
        key: b.name!,
        series: 0,
        resource: {
          type: 'gcs_bucket',
          labels: { project_id: projectId, bucket_name: b.name!, location: b.location!.toLowerCase() },
        },
        metric: { storage_class: b.storageClass! },
      });
    }
    return out;
  }

  private seriesBody(
    spec: MonitoringMetricSpec,
    subject: SeriesSubject,
    aligner: MonitoringAligner,
    period: number,
    got: { end: number; value: number }[],
  ) {
    const valueType = aligner === 'ALIGN_NONE' ? spec.valueType : alignedValueType(spec, aligner);
    const width = aligner === 'ALIGN_NONE' ? 60 : period;
    return {
      metric: { type: spec.type, labels: subject.metric },
      resource: subject.resource,
      metricKind: spec.metricKind,
      valueType,
      points: got
        .slice()
        .reverse()
        .map(({ end, value }) => ({
          interval: {
            startTime: googleTime(spec.metricKind === 'DELTA' ? end - width : end),
            endTime: googleTime(end),
          },
          value: valueType === 'INT64' ? { int64Value: String(Math.round(value)) } : { doubleValue: value },
        })),
      unit: spec.unit,
    };
  }

  private range(q: URLSearchParams, scope: string, cap: number, total: number) {
    const asked = Number(q.get('pageSize') ?? cap);
    const size = Math.max(1, Math.min(cap, Number.isFinite(asked) && asked > 0 ? asked : cap));
    const tokenText = q.get('pageToken');
    const start = tokenText ? this.pages.decode(scope, tokenText) : 0;
    if (start === undefined) return undefined;
    return { start, end: Math.min(total, start + size) };
  }
}

function metricLabels(vm: InstanceRef, series: number, perInstance: number): Record<string, string> {
  return perInstance > 1 ? { instance_name: vm.name, stream: String(series) } : { instance_name: vm.name };
}

/** A descriptor as a filter sees it: its type, its resource type, and ANY for the labels it has. */
function descriptorLookup(m: MonitoringMetricSpec): Lookup {
  return (selector) => {
    if (selector === 'metric.type') return m.type;
    if (selector === 'resource.type') return m.resourceType;
    if (selector === 'project') return ANY;
    const [scope, , key] = selector.split('.');
    if (scope === 'resource') return MONITORED_RESOURCE_LABELS[m.resourceType]?.includes(key) ? ANY : undefined;
    if (m.steady) return key === 'storage_class' ? ANY : undefined;
    return m.resourceType === 'gce_instance' && (key === 'instance_name' || key === 'stream') ? ANY : undefined;
  };
}

function seriesLookup(type: string, projectId: string, subject: SeriesSubject): Lookup {
  return (selector) => {
    if (selector === 'metric.type') return type;
    if (selector === 'resource.type') return subject.resource.type;
    if (selector === 'project') return projectId;
    const [scope, , key] = selector.split('.');
    return scope === 'resource' ? subject.resource.labels[key] : subject.metric[key];
  };
}
