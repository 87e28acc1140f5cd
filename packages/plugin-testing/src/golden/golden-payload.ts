import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `occurred_at` of an event whose time is the parse time (no time in the body): any ISO time of the test run. */
export const NOW = '<now>';

/**
 * One recorded body a webhook receives and everything the core must read back, written out:
 * `test/golden/<name>.json` of a webhook plugin.
 */
export interface GoldenPayload {
  /** Where the payload's shape comes from (documentation page, issue, upstream test). */
  source: string;
  /** What the case covers (the branch, the odd case). */
  note: string;
  options: Record<string, unknown>;
  data: Record<string, unknown>;
  /** The `results` of Event.parse as the core reads them (MessageToDict: unset fields absent). */
  events?: Record<string, unknown>[];
  /** Or the error the plugin answers: gRPC status name and details. */
  error?: { code: string; details: string };
}

/** Every golden payload of a folder, by file name, checked for the fields each must have. */
export function loadGoldenPayloads(dir: string): [string, GoldenPayload][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const golden = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenPayload;
      const missing = (['source', 'note', 'options', 'data'] as const).filter((k) => golden[k] === undefined);
      if (missing.length || (golden.events === undefined) === (golden.error === undefined))
        throw new Error(
          `${file}: needs source, note, options, data and either events or error (missing ${missing.join(', ')})`,
        );
      return [file, golden];
    });
}
