import { createSign } from 'node:crypto';
import type { GcpSandbox, GcpServiceAccountKey } from './gcp-sandbox-types';
import { monitoringMetricSpec } from './monitoring-descriptors';
import { parseMonitoringFilter, ANY, FilterSyntaxError, type Lookup } from './monitoring-filter';
import { monitoringSeries } from './monitoring-series';
import { googleTime } from './monitoring-api';
import { startGcpSandbox } from './start-gcp-sandbox';

type Dict = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function accessToken(gcp: GcpSandbox, key: GcpServiceAccountKey): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({
    iss: key.client_email,
    scope: 'https://www.googleapis.com/auth/monitoring.read',
    aud: key.token_uri,
    iat: now,
    exp: now + 3600,
  })}`;
  const jwt = `${body}.${createSign('RSA-SHA256').update(body).sign(key.private_key).toString('base64url')}`;
  const res = await fetch(gcp.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt }),
  });
  return ((await res.json()) as Dict).access_token;
}

const CPU = 'compute.googleapis.com/instance/cpu/utilization';
const BYTES = 'compute.googleapis.com/instance/network/received_bytes_count';
const OBJECTS = 'storage.googleapis.com/storage/object_count';
const TOTAL_BYTES = 'storage.googleapis.com/storage/total_bytes';
const START = '2026-11-30T00:00:00Z';
const END = '2026-12-01T00:00:00Z';

describe('parseMonitoringFilter', () => {
  const of =
    (fields: Record<string, string>): Lookup =>
    (s) =>
      fields[s];
  it('binds OR tighter than AND, as Cloud Monitoring documents', () => {
    const p = parseMonitoringFilter('metric.type = "a" AND resource.labels.x = "1" OR resource.labels.x = "2"');
    expect(p(of({ 'metric.type': 'a', 'resource.labels.x': '2' }))).toBe(true);
    expect(p(of({ 'metric.type': 'b', 'resource.labels.x': '2' }))).toBe(false);
  });
  it('knows starts_with, one_of, NOT, :, != and parentheses; ANY matches', () => {
    const p = parseMonitoringFilter(
      'metric.type = starts_with("compute.") AND NOT (metric.label.k = one_of("x", "y")) AND resource.type : "gce"',
    );
    expect(p(of({ 'metric.type': 'compute.a', 'metric.labels.k': 'z', 'resource.type': 'gce_instance' }))).toBe(true);
    expect(p(of({ 'metric.type': 'compute.a', 'metric.labels.k': 'x', 'resource.type': 'gce_instance' }))).toBe(false);
    expect(parseMonitoringFilter('resource.labels.instance_id = "1"')(() => ANY)).toBe(true);
    expect(parseMonitoringFilter('resource.labels.zone != "a"')(of({}))).toBe(true);
  });
  it.each(['', 'metric.type =', 'metric.type = "a" AND', 'foo.bar = "a"', 'metric.type = starts_with("a", "b")'])(
    'refuses %j',
    (text) => expect(() => parseMonitoringFilter(text)).toThrow(FilterSyntaxError),
  );
});

describe('Cloud Monitoring in the Google Cloud sandbox', () => {
  let gcp: GcpSandbox;
  let token: string;
  const get = async (path: string, params: Record<string, string> = {}, bearer = token) => {
    const res = await fetch(`${gcp.url}/v3/projects/${path}?${new URLSearchParams(params)}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    return { status: res.status, body: (await res.json()) as Dict };
  };
  const project = () => gcp.project.projectId;
  const vm = (i: number) => gcp.project.instance(gcp.project.zones[0], i);
  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 5, monitoring: { seriesPerInstance: 2, descriptorsPerPage: 4 } });
    token = await accessToken(gcp, gcp.serviceAccountKey);
  });
  afterAll(() => gcp.close());
  beforeEach(() => gcp.reset());

  it('metricDescriptors.list: upstream`s filter, paged; the monitored resource`s labels decide label clauses', async () => {
    const filter = `metric.type = starts_with("compute.googleapis.com/instance") AND resource.labels.instance_id = "${vm(0).id}"`;
    const types: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const { status, body } = await get(`${project()}/metricDescriptors`, {
        filter,
        ...(pageToken ? { pageToken } : {}),
      });
      expect(status).toBe(200);
      expect(body.metricDescriptors.length).toBeLessThanOrEqual(4);
      types.push(...body.metricDescriptors.map((d: Dict) => d.type));
      pageToken = body.nextPageToken;
      pages++;
    } while (pageToken);
    expect(pages).toBeGreaterThan(1);
    expect(types).toContain(CPU);
    expect(types).not.toContain('compute.googleapis.com/instance_group/size'); // no instance_id label
    expect(types.every((t) => t.startsWith('compute.googleapis.com/instance/'))).toBe(true);
    const { body } = await get(`${project()}/metricDescriptors`, { filter: `metric.type = "${CPU}"` });
    expect(body.metricDescriptors).toEqual([
      expect.objectContaining({
        type: CPU,
        metricKind: 'GAUGE',
        valueType: 'DOUBLE',
        unit: '10^2.%',
        displayName: 'CPU utilization',
      }),
    ]);
    expect(gcp.calls.countByAction()).toEqual({ 'monitoring:metricDescriptors.list': pages + 1 });
  });

  it('timeSeries.list: aligned points newest first, as monitoringSeries computes them; int64Value as a string', async () => {
    const id = vm(1).id!;
    const ask = (type: string, aligner: string) =>
      get(`${project()}/timeSeries`, {
        filter: `metric.type = "${type}" AND resource.labels.instance_id = "${id}"`,
        'interval.startTime': START,
        'interval.endTime': END,
        'aggregation.alignmentPeriod': '1800s',
        'aggregation.perSeriesAligner': aligner,
        'aggregation.crossSeriesReducer': 'REDUCE_NONE',
        view: 'FULL',
      });
    const cpu = (await ask(CPU, 'ALIGN_MEAN')).body;
    expect(cpu.timeSeries).toHaveLength(2);
    const [first] = cpu.timeSeries;
    expect(first.resource).toEqual({
      type: 'gce_instance',
      labels: { project_id: project(), instance_id: id, zone: gcp.project.zones[0] },
    });
    expect(first.metric).toEqual({ type: CPU, labels: { instance_name: vm(1).name, stream: '0' } });
    const want = monitoringSeries(
      { seed: gcp.project.seed, spec: monitoringMetricSpec(CPU)!, instanceId: id, series: 0 },
      { start: Date.parse(START) / 1000, end: Date.parse(END) / 1000, period: 1800, aligner: 'ALIGN_MEAN' },
    );
    expect(first.points).toEqual(
      want
        .slice()
        .reverse()
        .map((p) => ({
          interval: { startTime: googleTime(p.end), endTime: googleTime(p.end) },
          value: { doubleValue: p.value },
        })),
    );
    expect(first.points[0].interval.endTime).toBe(END);
    const bytes = (await ask(BYTES, 'ALIGN_SUM')).body.timeSeries[0];
    expect(bytes.valueType).toBe('INT64');
    expect(bytes.points[0].value.int64Value).toMatch(/^\d+$/);
    expect(bytes.points[0].interval.startTime).toBe('2026-11-30T23:30:00Z'); // DELTA: the period it sums
    expect((await ask(BYTES, 'ALIGN_MEAN')).body.timeSeries[0].valueType).toBe('DOUBLE');
  });

  it('timeSeries.list pages by points (pageSize), whole series per page', async () => {
    const params = {
      filter: `metric.type = "${CPU}"`,
      'interval.startTime': START,
      'interval.endTime': END,
      'aggregation.alignmentPeriod': '3600s',
      'aggregation.perSeriesAligner': 'ALIGN_MAX',
      pageSize: '60',
    };
    const seen: string[] = [];
    let pageToken: string | undefined;
    do {
      const { body } = await get(`${project()}/timeSeries`, { ...params, ...(pageToken ? { pageToken } : {}) });
      expect(body.timeSeries.length).toBeLessThanOrEqual(2);
      seen.push(...body.timeSeries.map((s: Dict) => `${s.resource.labels.instance_id}/${s.metric.labels.stream}`));
      pageToken = body.nextPageToken;
    } while (pageToken);
    expect(new Set(seen).size).toBe(gcp.project.zones.length * 5 * 2);
    const bad = await get(`${project()}/timeSeries`, { ...params, pageToken: 'bm90LWEtdG9rZW4' });
    expect(bad.status).toBe(400);
  });

  it('answers Google`s errors: a bad filter, no token, another project, throttling, a failing instance', async () => {
    const ts = (params: Record<string, string>, bearer?: string) => get(`${project()}/timeSeries`, params, bearer);
    const window = { 'interval.startTime': START, 'interval.endTime': END };
    expect((await ts({ filter: 'resource.type = "gce_instance"', ...window })).body.error.status).toBe(
      'INVALID_ARGUMENT',
    );
    expect((await ts({ filter: `metric.type = "${CPU}"`, ...window }, 'ya29.nope')).status).toBe(401);
    const other = await get('someone-else/timeSeries', { filter: `metric.type = "${CPU}"`, ...window });
    expect([other.status, other.body.error.status]).toEqual([403, 'PERMISSION_DENIED']);
    gcp.faults.failNext('throttle');
    const throttled = await ts({ filter: `metric.type = "${CPU}"`, ...window });
    expect(throttled.status).toBe(429);
    expect(throttled.body.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(throttled.body.error.message).toContain('monitoring.googleapis.com');
    gcp.monitoring.failingInstanceIds.add(vm(2).id!);
    try {
      const failing = await ts({
        filter: `metric.type = "${CPU}" AND resource.labels.instance_id = "${vm(2).id}"`,
        ...window,
      });
      expect([failing.status, failing.body.error.status]).toEqual([500, 'INTERNAL']);
      const fine = await ts({
        filter: `metric.type = "${CPU}" AND resource.labels.instance_id = "${vm(3).id}"`,
        ...window,
      });
      expect(fine.status).toBe(200);
    } finally {
      gcp.monitoring.failingInstanceIds.clear();
    }
    expect(
      gcp.calls.where({ service: 'monitoring', action: 'timeSeries.list', error: 'rateLimitExceeded' }),
    ).toHaveLength(1);
  });

  it('timeSeries.list of a bucket`s storage gauges: one steady series, raw points newest first; none for bucket 1', async () => {
    const bucket = (i: number) => gcp.project.bucket(i).name!;
    const ask = (type: string, name?: string) =>
      get(`${project()}/timeSeries`, {
        filter: `metric.type="${type}"${name ? ` AND resource.labels.bucket_name="${name}"` : ''}`,
        'interval.startTime': START,
        'interval.endTime': END,
        view: 'FULL',
      });
    const count = gcp.monitoring.bucketValue(0, OBJECTS)!;
    const bytes = gcp.monitoring.bucketValue(0, TOTAL_BYTES)!;
    expect(Number.isInteger(count) && count > 0).toBe(true);
    expect(Number.isInteger(bytes) && bytes > 1e9).toBe(true);
    expect(gcp.monitoring.bucketValue(2, OBJECTS)).not.toBe(count);
    const objects = (await ask(OBJECTS, bucket(0))).body;
    expect(objects.timeSeries).toHaveLength(1);
    const [series] = objects.timeSeries;
    expect(series).toMatchObject({
      resource: {
        type: 'gcs_bucket',
        labels: {
          project_id: project(),
          bucket_name: bucket(0),
          location: gcp.project.bucket(0).location!.toLowerCase(),
        },
      },
      metric: { type: OBJECTS, labels: { storage_class: 'STANDARD' } },
      metricKind: 'GAUGE',
      valueType: 'INT64',
    });
    expect(series.points).toHaveLength(1440);
    expect(series.points[0]).toEqual({
      interval: { startTime: END, endTime: END },
      value: { int64Value: String(count) },
    });
    expect(series.points.every((p: Dict) => p.value.int64Value === String(count))).toBe(true);
    const size = (await ask(TOTAL_BYTES, bucket(0))).body.timeSeries[0];
    expect([size.valueType, size.points[0].value]).toEqual(['DOUBLE', { doubleValue: bytes }]);
    expect(gcp.monitoring.bucketValue(1, OBJECTS)).toBeUndefined();
    expect((await ask(OBJECTS, bucket(1))).body).toEqual({ unit: '1' });
    const all = (await ask(TOTAL_BYTES)).body.timeSeries.map((s: Dict) => s.resource.labels.bucket_name);
    expect(all).toEqual([bucket(0), bucket(2)]);
  });

  it('a denied timeSeries collection answers 403; a failing bucket 500', async () => {
    const ask = (name: string) =>
      get(`${project()}/timeSeries`, {
        filter: `metric.type="${OBJECTS}" AND resource.labels.bucket_name="${name}"`,
        'interval.startTime': START,
        'interval.endTime': END,
      });
    gcp.deniedCollections.add('monitoring.timeSeries');
    try {
      const denied = await ask(gcp.project.bucket(0).name!);
      expect([denied.status, denied.body.error.status]).toEqual([403, 'PERMISSION_DENIED']);
      expect(denied.body.error.message).toContain('monitoring.timeSeries.list');
    } finally {
      gcp.deniedCollections.delete('monitoring.timeSeries');
    }
    gcp.monitoring.failingBucketNames.add(gcp.project.bucket(2).name!);
    try {
      const failing = await ask(gcp.project.bucket(2).name!);
      expect([failing.status, failing.body.error.status]).toEqual([500, 'INTERNAL']);
      expect((await ask(gcp.project.bucket(0).name!)).status).toBe(200);
    } finally {
      gcp.monitoring.failingBucketNames.clear();
    }
  });

  it('still routes /v3/projects/<p> to Resource Manager', async () => {
    const { status, body } = await get(project());
    expect([status, body.projectId]).toEqual([200, project()]);
    expect(gcp.calls.countByAction()).toEqual({ 'cloudresourcemanager:projects.get': 1 });
  });
});
