/** A short, printable description of a (possibly huge or deeply nested) value, for case descriptions and reports. */
export function describeValue(value: unknown, max = 60, depth = 0): string {
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.slice(0, max));
    return value.length > max ? `${shown}… (${value.length} chars)` : shown;
  }
  if (Array.isArray(value)) {
    if (depth >= 2 || value.length === 0) return `[${value.length ? '…' : ''}]`;
    return `[${describeValue(value[0], 20, depth + 1)}${value.length > 1 ? `, … (${value.length} items)` : ''}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (depth >= 2 || keys.length === 0) return `{${keys.length ? '…' : ''}}`;
    const shown = keys.slice(0, 3).map((k) => {
      const v = (value as Record<string, unknown>)[k];
      return `${JSON.stringify(k.slice(0, 20))}: ${describeValue(v, 20, depth + 1)}`;
    });
    return `{${shown.join(', ')}${keys.length > 3 ? ', …' : ''}}`;
  }
  return Object.is(value, -0) ? '-0' : String(value);
}

/** The whole value as JSON with long strings (keys too), long arrays and deep nesting cut, for a report. */
export function truncatedJson(value: unknown, maxString = 200, maxChars = 4_000): string {
  const cut = (s: string) => (s.length > maxString ? `${s.slice(0, maxString)}…(${s.length} chars)` : s);
  const shrink = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return cut(v);
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (typeof v !== 'object' || v === null) return v;
    if (depth > 30) return '…(deeper)';
    if (Array.isArray(v)) {
      const head = v.slice(0, 20).map((x) => shrink(x, depth + 1));
      return v.length > 20 ? [...head, `…(${v.length} items)`] : head;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [cut(k), shrink(x, depth + 1)]));
  };
  const json = JSON.stringify(shrink(value, 0)) ?? 'undefined';
  return json.length > maxChars ? `${json.slice(0, maxChars)}…(${json.length} chars)` : json;
}
