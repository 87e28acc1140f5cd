// The event keys and titles of the golden payloads, computed by CPython from the same bodies
// (test/upstream_keys.py: the upstream expressions, MessageToDict-style floats, strptime and
// the 10-minute bucket in UTC): byte for byte what the goldens expect.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoldenPayloads } from '@cloudforet/plugin-testing';

const PYTHON = process.env.CORE_PYTHON ?? '/usr/bin/python3';
const goldens = loadGoldenPayloads(join(__dirname, 'golden')).filter(([, g]) => g.events);

(existsSync(PYTHON) || process.env.CI ? it : it.skip)(
  'CPython computes the same event_key and title for every event of every golden body',
  () => {
    const python = JSON.parse(
      execFileSync(PYTHON, [join(__dirname, 'upstream_keys.py')], {
        input: JSON.stringify(goldens.map(([, g]) => g.data)),
        encoding: 'utf8',
      }),
    ) as [string, string][][];
    expect(goldens.length).toBeGreaterThanOrEqual(10);
    goldens.forEach(([file, g], i) =>
      expect({ file, keys: g.events!.map((e) => [e.event_key, e.title ?? '']) }).toEqual({ file, keys: python[i] }),
    );
  },
);
