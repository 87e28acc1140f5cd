// METRIC data sources' shared parts: the default period table, the request window, and the aligned answer.
export { defaultPeriod } from './default-period';
export { metricDateOf, metricWindowOf } from './metric-window';
export { alignedAnswer, type MetricSeries } from './aligned-answer';
