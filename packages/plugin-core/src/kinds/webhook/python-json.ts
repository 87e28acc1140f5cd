import { pyFloatRepr } from './python-str';
import type { PyDict, PyValue } from './python-value';

/** Deepest nesting `pyJsonLoads` accepts (CPython's decoder fails near its recursion limit of 1,000). */
export const MAX_JSON_DEPTH = 1000;

export class PyJsonError extends Error {
  override readonly name = 'PyJsonError';
}

const LITERALS: [string, PyValue][] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

/**
 * `json.loads(text)` as CPython decodes it: integer literals become `bigint` (Python ints,
 * printed without `.0`), other numbers `number` (floats), `NaN`/`Infinity`/`-Infinity`
 * are accepted, a repeated key keeps its last value. Throws PyJsonError on anything else.
 */
export function pyJsonLoads(text: string): PyValue {
  let pos = 0;
  const fail = (what: string): never => {
    throw new PyJsonError(`${what} at position ${pos}`);
  };
  const skip = () => {
    for (let c = text.charCodeAt(pos); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(pos))
      pos++;
  };
  const token = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    pos = re.lastIndex;
    return m[0];
  };
  const str = (): string => {
    // The closing quote is the first one not escaped; JSON.parse then checks the escapes and
    // refuses raw control characters, as CPython's strict decoder does.
    let end = pos;
    for (;;) {
      end = text.indexOf('"', end + 1);
      if (end < 0) fail('unterminated string');
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
      if (slashes % 2 === 0) break;
    }
    const token = text.slice(pos, end + 1);
    pos = end + 1;
    try {
      return JSON.parse(token) as string;
    } catch {
      return fail('invalid string');
    }
  };
  const value = (depth: number): PyValue => {
    if (depth > MAX_JSON_DEPTH) fail('nested too deeply');
    skip();
    const c = text[pos];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return str();
    for (const [word, v] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    const n = token(NUMBER);
    if (n === undefined) return fail('expecting value');
    return n.includes('.') || n.includes('e') || n.includes('E') ? Number(n) : BigInt(n);
  };
  const array = (depth: number): PyValue[] => {
    pos++;
    const out: PyValue[] = [];
    skip();
    if (text[pos] === ']') return (pos++, out);
    for (;;) {
      out.push(value(depth + 1));
      skip();
      if (text[pos] === ']') return (pos++, out);
      if (text[pos++] !== ',') fail("expecting ',' delimiter");
    }
  };
  const object = (depth: number): PyDict => {
    pos++;
    const out: PyDict = {};
    skip();
    if (text[pos] === '}') return (pos++, out);
    for (;;) {
      skip();
      if (text[pos] !== '"') fail('expecting property name enclosed in double quotes');
      const key = str();
      skip();
      if (text[pos++] !== ':') fail("expecting ':' delimiter");
      const v = value(depth + 1);
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true });
      else out[key] = v;
      skip();
      if (text[pos] === '}') return (pos++, out);
      if (text[pos++] !== ',') fail("expecting ',' delimiter");
    }
  };
  const result = value(0);
  skip();
  if (pos !== text.length) fail('extra data');
  return result;
}

/**
 * `json.dumps(value)` with CPython's defaults: `", "` and `": "` separators, non-ASCII
 * escaped as `\uXXXX`, floats as `repr` (`24.0`), `NaN`/`Infinity` allowed.
 */
export function pyJsonDumps(value: PyValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return asciiJsonString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return pyFloatRepr(value);
  }
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${asciiJsonString(k)}: ${pyJsonDumps(v)}`)
    .join(', ')}}`;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function asciiJsonString(text: string): string {
  return `"${text.replace(/["\\\u0000-\u001f\u007f-\uffff]/g, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
