import { invalidParameterType } from '@cloudforet/plugin-core';

export interface Dimension {
  Name: string;
  Value: string;
}

/** A `Dimensions` list as CloudWatch takes it (`[{Name, Value}]` of strings), or INVALID_ARGUMENT naming the key. */
export function dimensionsOf(value: unknown, at: string): Dimension[] {
  if (!Array.isArray(value)) throw invalidParameterType(at, 'list of {Name, Value}');
  return value.map((d: unknown, i) => {
    const { Name, Value } = (d ?? {}) as Record<string, unknown>;
    if (typeof Name !== 'string' || typeof Value !== 'string')
      throw invalidParameterType(`${at}[${i}]`, '{Name: string, Value: string}');
    return { Name, Value };
  });
}
