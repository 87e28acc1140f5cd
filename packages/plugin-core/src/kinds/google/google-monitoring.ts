// Cloud Monitoring v3's REST JSON, as projects.timeSeries.list answers it.

export const GOOGLE_MONITORING_ROOT = 'https://monitoring.googleapis.com/';

export interface MonitoringPoint {
  interval?: { startTime?: string; endTime?: string };
  /** JSON carries an int64 as a string. */
  value?: { doubleValue?: number | string; int64Value?: string | number };
}

export interface TimeSeries {
  metric?: { type?: string; labels?: Record<string, string> };
  resource?: { type?: string; labels?: Record<string, string> };
  points?: MonitoringPoint[];
  unit?: string;
}

export interface TimeSeriesPage {
  timeSeries?: TimeSeries[];
  nextPageToken?: string;
  unit?: string;
}

/** A point's number (`doubleValue`, else `int64Value`), or undefined when it has none. */
export function pointValue(p: MonitoringPoint | undefined): number | undefined {
  const raw = p?.value?.doubleValue ?? p?.value?.int64Value;
  const v = typeof raw === 'string' ? Number(raw) : raw;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
