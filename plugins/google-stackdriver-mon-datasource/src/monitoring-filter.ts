import { invalidParameter, invalidParameterType } from '@cloudforet/plugin-core';

/** One `{key, value}` of a filter's labels, as the collectors write it (`resource.labels.instance_id`). */
export interface FilterLabel {
  key: string;
  value: string;
}

/** The selectors a label clause may name; anything else would let a value rewrite the filter. */
const LABEL_KEY =
  /^(resource|metric|metadata\.system_labels|metadata\.user_labels)\.labels?\.[A-Za-z_][A-Za-z0-9_]*$|^resource\.type$/;

/** A `labels` list, or INVALID_ARGUMENT naming the key. */
export function labelsOf(value: unknown, at: string): FilterLabel[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidParameterType(at, 'list of {key, value}');
  return value.map((l: unknown, i) => {
    const { key, value: v } = (l ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string' || !LABEL_KEY.test(key))
      throw invalidParameter(`${at}[${i}].key`, `${JSON.stringify(key)} is not a resource or metric label selector`);
    if (typeof v !== 'string') throw invalidParameterType(`${at}[${i}].value`, 'string');
    return { key, value: v };
  });
}

/** A Monitoring filter string literal. */
export function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Upstream's filter: `metric.type = <type clause>` and, with labels, ` AND k = "v" OR k2 = "v2"` (Cloud
 * Monitoring binds OR tighter than AND, so the labels are alternatives within the resource).
 */
export function filterOf(typeClause: string, labels: FilterLabel[]): string {
  const clause = `metric.type = ${typeClause}`;
  if (labels.length === 0) return clause;
  return `${clause} AND ${labels.map((l) => `${l.key} = ${quoted(l.value)}`).join(' OR ')}`;
}

/** A metric type or prefix: no quotes, whitespace or control characters, or INVALID_ARGUMENT naming the key. */
export function metricTypeOf(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '') throw invalidParameterType(at, 'string');
  if (!/^[A-Za-z0-9_.\-/]+$/.test(value)) throw invalidParameter(at, `${JSON.stringify(value)} is not a metric type`);
  return value;
}

/** `projects/<project id or number>`, or INVALID_ARGUMENT naming the key. */
export function projectNameOf(value: unknown, at: string): string {
  if (typeof value !== 'string' || !/^projects\/[a-z0-9][a-z0-9.:-]{0,62}$/.test(value))
    throw invalidParameter(at, `${JSON.stringify(value)} is not "projects/<project id>"`);
  return value;
}
