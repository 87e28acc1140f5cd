// The event keys, titles and descriptions of the golden payloads, computed by CPython from the
// same bodies (test/upstream_keys.py: the upstream plugin's expressions on MessageToDict-style
// floats, Python's json.loads on the message_root path): byte for byte what the goldens expect.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoldenPayloads } from '@cloudforet/plugin-testing';

const PYTHON = process.env.CORE_PYTHON ?? '/usr/bin/python3';
const goldens = loadGoldenPayloads(join(__dirname, 'golden'));

(existsSync(PYTHON) || process.env.CI ? it : it.skip)(
  'CPython computes the same event_key, title and description for every golden body',
  () => {
    const cases = goldens.map(([, g]) => [g.options, g.data]);
    const python = JSON.parse(
      execFileSync(PYTHON, [join(__dirname, 'upstream_keys.py')], { input: JSON.stringify(cases), encoding: 'utf8' }),
    ) as ({ event_key: string; title: string; description: string | null } | null)[];
    const compared = goldens.flatMap(([file, g], i) => {
      const up = python[i];
      if (!up || !g.events?.length) return [];
      const [event] = g.events;
      return [
        [
          file,
          { event_key: event!.event_key, title: event!.title ?? '', description: event!.description ?? null },
          { ...up, description: up.description === '' ? null : up.description },
        ],
      ];
    });
    expect(compared.length).toBeGreaterThanOrEqual(10);
    for (const [file, ours, theirs] of compared)
      expect({ file, ...(ours as object) }).toEqual({ file, ...(theirs as object) });
  },
);
