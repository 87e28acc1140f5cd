// The Python formatting the webhooks' event keys depend on, checked against the machine's
// CPython (stdlib only): the same values through str(), json.dumps, json.loads, str.title,
// datetime.strptime and hashlib.md5 there and through the helpers here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { md5Hex } from './event-key';
import { epochSeconds, iso8601Z } from './naive-datetime';
import { isoparse, strptime } from './parse-times';
import { pyJsonDumps, pyJsonLoads } from './python-json';
import { pyStr } from './python-str';
import { pyTitle } from './python-title';
import type { PyValue } from './python-value';

const PYTHON = process.env.CORE_PYTHON ?? '/usr/bin/python3';
const itWithPython = existsSync(PYTHON) || process.env.CI ? it : it.skip;

function python(script: string, input: unknown): unknown {
  return JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8' }));
}

/** A Python expression that builds the same value (floats from their shortest text, ints exact). */
function literal(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return `int('${value}')`;
  if (Object.is(value, -0)) return "float('-0.0')";
  if (typeof value === 'number')
    return `float('${Number.isNaN(value) ? 'nan' : String(value).replace('Infinity', 'inf')}')`;
  if (typeof value === 'string') return `json.loads(${JSON.stringify(JSON.stringify(value))})`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${literal(k)}: ${literal(v)}`)
    .join(', ')}}`;
}

// Seeded doubles across every exponent, plus the edges of repr's fixed/exponent switch.
function doubles(count: number): number[] {
  let s = 20261201;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s);
  const view = new DataView(new ArrayBuffer(8));
  const out = [58, 1, 0.1 + 0.2, 1e16, 9999999999999998, 1e-4, 1e-5, 0.0001234, 123456789012345680000, 5e-324];
  out.push(1.7976931348623157e308, -0, 3.2760766009712717e18, 1e22, 1.5, -2.5e-7, 100, 1234.5678, 2 ** 53, 2 ** 63);
  while (out.length < count) {
    view.setUint32(0, next());
    view.setUint32(4, next());
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) out.push(x, Math.round(x % 1e6), x / 1e300);
  }
  return out;
}

const STRINGS = [
  'plain',
  "it's",
  'say "hi"',
  `both ' and "`,
  'tab\there\nnew\rret',
  '\u0000\u001f\u007f',
  'é ü 한국어',
  '\u00a0nbsp\u2028',
  '\u200bzw',
  '😀 astral',
  'back\\slash',
  '\ud800 lone',
];

describe('Python parity (CPython on this machine)', () => {
  itWithPython('str() and json.dumps() of floats, ints, strings, lists and dicts', () => {
    const values: PyValue[] = [
      ...doubles(600),
      ...STRINGS,
      null,
      true,
      false,
      0n,
      -12345678901234567890123n,
      [1.0, 'a', null, [true, 2n]],
      { dashboardId: 58, nested: { 'k"ey': "v'al", list: [] }, u: 'é' },
      NaN,
      Infinity,
      -Infinity,
    ];
    const script = `import json,sys\nvals = eval(sys.stdin.read())\nprint(json.dumps([[str(v), json.dumps(v)] for v in vals]))`;
    const expected = JSON.parse(
      execFileSync(PYTHON, ['-c', script], { input: `[${values.map(literal).join(',\n')}]`, encoding: 'utf8' }),
    ) as [string, string][];
    const mismatches = values.flatMap((v, i) => {
      const got = [pyStr(v), pyJsonDumps(v)];
      return got[0] === expected[i]![0] && got[1] === expected[i]![1]
        ? []
        : [`${literal(v)}: ${JSON.stringify(got)} vs ${JSON.stringify(expected[i])}`];
    });
    expect(mismatches).toEqual([]);
  });

  itWithPython('json.loads keeps ints and floats apart, last duplicate wins, NaN and Infinity accepted', () => {
    const texts = [
      '{"dashboardId": 58, "panelId": 5.0, "big": 3276076600971271700, "e": 1E2}',
      '{"a": 1, "b": 2, "a": 3}',
      '[NaN, Infinity, -Infinity, -0, -0.0, 1e400]',
      '"\\ud83d\\ude00 \\u00e9"',
      ' [ {} , [ ] ] ',
    ];
    const expected = python(
      'import json,sys\nprint(json.dumps([str(json.loads(t)) for t in json.load(sys.stdin)]))',
      texts,
    );
    expect(texts.map((t) => pyStr(pyJsonLoads(t)))).toEqual(expected);
    const refused = ['{"a": 1,}', "{'a': 1}", '[1] [2]', '"raw\ttab"', '01', '{"a" 1}', '\ufeff{}', '[1.]', ''];
    const pyRefused = python(
      'import json,sys\nout=[]\nfor t in json.load(sys.stdin):\n  try:\n    json.loads(t); out.append(False)\n  except ValueError:\n    out.append(True)\nprint(json.dumps(out))',
      refused,
    );
    expect(pyRefused).toEqual(refused.map(() => true));
    for (const t of refused) expect(() => pyJsonLoads(t)).toThrow();
  });

  itWithPython('str.title() of AWS Health event type codes and other words', () => {
    const words = [
      'AWS EC2 INSTANCE STORE DRIVE PERFORMANCE DEGRADED',
      "they're bill's friends",
      'ec2instance 3rd x2y',
      'ÉCOLE ñandú ǅemal',
      'ﬁsh straße',
      'MIXED_case-Words',
    ];
    expect(words.map(pyTitle)).toEqual(
      python('import json,sys\nprint(json.dumps([w.title() for w in json.load(sys.stdin)]))', words),
    );
  });

  itWithPython(
    'datetime.strptime with the CloudWatch and AWS Health formats, timestamp() and datetime_to_iso8601',
    () => {
      const cases: [string, string][] = [
        ['2021-06-10T04:28:46.868+0000', '%Y-%m-%dT%H:%M:%S.%f+0000'],
        ['2024-02-29t23:59:59.1+0000', '%Y-%m-%dT%H:%M:%S.%f+0000'],
        ['2023-02-29T00:00:00.000+0000', '%Y-%m-%dT%H:%M:%S.%f+0000'],
        ['2021-06-10T04:28:46.868Z', '%Y-%m-%dT%H:%M:%S.%f+0000'],
        ['2021-6-1T4:2:6.1234567+0000', '%Y-%m-%dT%H:%M:%S.%f+0000'],
        ['0001-01-01T00:00:00.000001+0000', '%Y-%m-%dT%H:%M:%S.%f+0000'],
        ['Sat, 04 Jun 2016 05:01:10 GMT', '%a, %d %b %Y %H:%M:%S %Z'],
        ['wed,  1 AUG 2018 06:27:57 utc', '%a, %d %b %Y %H:%M:%S %Z'],
        ['Sat, 04 Jun 2016 05:01:10 PST', '%a, %d %b %Y %H:%M:%S %Z'],
        ['Sat, 04 Jun 2016 25:01:10 GMT', '%a, %d %b %Y %H:%M:%S %Z'],
      ];
      const script = [
        'import json,sys',
        'from datetime import datetime, timezone',
        'out=[]',
        'for t, f in json.load(sys.stdin):',
        '  try:',
        '    d = datetime.strptime(t, f)',
        "    out.append([d.isoformat(timespec='milliseconds') + 'Z', int(d.replace(tzinfo=timezone.utc).timestamp() // 600 * 100)])",
        '  except ValueError:',
        '    out.append(None)',
        'print(json.dumps(out))',
      ].join('\n');
      const got = cases.map(([t, f]) => {
        const d = strptime(t, f);
        return d ? [iso8601Z(d), Math.floor(epochSeconds(d) / 600) * 100] : null;
      });
      expect(got).toEqual(python(script, cases));
    },
  );

  itWithPython('hashlib.md5 of UTF-8 text', () => {
    const keys = [
      '58.0:5.0:93.0:1.0',
      '123456789012:i-0b79aaf581d5389d5:cpu high:270549800',
      '{}:{alertname="X"}',
      'é😀',
    ];
    expect(keys.map((k) => md5Hex(k, 'k'))).toEqual(
      python(
        'import json,sys,hashlib\nprint(json.dumps([hashlib.md5(k.encode()).hexdigest() for k in json.load(sys.stdin)]))',
        keys,
      ),
    );
    expect(() => md5Hex('\ud800', 'data.groupKey')).toThrow(
      '(key = data.groupKey, reason = holds a lone UTF-16 surrogate',
    );
  });
});

describe('isoparse (dateutil) as the webhooks read times', () => {
  const cases: [string, string | undefined][] = [
    ['2023-02-06T15:52:14.957445121Z', '2023-02-06T15:52:14.957Z'],
    ['2024-01-01T10:00:00+09:00', '2024-01-01T10:00:00.000Z'],
    ['2024-01-01 10:00:00.123456', '2024-01-01T10:00:00.123Z'],
    ['20240101T1000', '2024-01-01T10:00:00.000Z'],
    ['2024-01-01', '2024-01-01T00:00:00.000Z'],
    ['2024-01', '2024-01-01T00:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['2024-12-31T24:00:00Z', '2025-01-01T00:00:00.000Z'],
    ['2024-01-01T10:00:00,5-0330', '2024-01-01T10:00:00.500Z'],
    ['2024-02-30T10:00:00Z', undefined],
    ['2024-01-01T10:00:00+25:00', undefined],
    ['yesterday', undefined],
    ['2024-01-01T10:61:00Z', undefined],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    const dt = isoparse(text);
    expect(dt && iso8601Z(dt)).toBe(expected);
  });
});
