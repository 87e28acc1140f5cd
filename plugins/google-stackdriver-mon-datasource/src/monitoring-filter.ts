import { invalidParameter, invalidParameterType } from '@cloudforet/plugin-core';

/** One `{key, value}` of a filter's labels, as the collectors write it (`resource.labels.instance_id`). */
export interface FilterLabel {
  key: string;
  value: string;
}

/** The selectors a label clause may name; anything else would let a value rewrite the filter. */
const LABEL_KEY =
  /^(resource|metric|metadata\.system_labels|metadata\.user_labels)\.labels?\.[A-Za-z_][A-Za-z0-9_]*$|^resource\.type$/;

/** Longest label value (Google's label values are short; a long one only makes a URL Google refuses). */
export const MAX_VALUE_LENGTH = 1024;
/** Most label clauses of one filter. */
export const MAX_LABELS = 50;

/** A `labels` list, or INVALID_ARGUMENT naming the key. */
export function labelsOf(value: unknown, at: string): FilterLabel[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidParameterType(at, 'list of {key, value}');
  if (value.length > MAX_LABELS) throw invalidParameter(at, `${value.length} labels, at most ${MAX_LABELS}`);
  return value.map((l: unknown, i) => {
    const { key, value: v } = (l ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string' || !LABEL_KEY.test(key))
      throw invalidParameter(`${at}[${i}].key`, `${shown(key)} is not a resource or metric label selector`);
    if (typeof v !== 'string') throw invalidParameterType(`${at}[${i}].value`, 'string');
    if (v.length > MAX_VALUE_LENGTH)
      throw invalidParameter(`${at}[${i}].value`, `${v.length} characters, at most ${MAX_VALUE_LENGTH}`);
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
  if (value.length > 512 || !/^[A-Za-z0-9_.\-/]+$/.test(value))
    throw invalidParameter(at, `${shown(value)} is not a metric type`);
  return value;
}

/** `projects/<project id or number>`, or INVALID_ARGUMENT naming the key. */
export function projectNameOf(value: unknown, at: string): string {
  if (typeof value !== 'string' || !/^projects\/[a-z0-9][a-z0-9.:-]{0,62}$/.test(value))
    throw invalidParameter(at, `${shown(value)} is not "projects/<project id>"`);
  return value;
}

/** A value for an error message: quoted, or only its length when it is long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `a ${typeof value} of ${text.length} characters` : text;
}
