import { createHash } from 'node:crypto';
import { invalidParameter } from '../../errors/plugin-error';

// A lone surrogate has no UTF-8 form: Python's `str.encode()` raises where Buffer would write U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `hashlib.md5(text.encode()).hexdigest()`; `key` names the source in the error Python would raise instead. */
export function md5Hex(text: string, key: string): string {
  if (LONE_SURROGATE.test(text)) throw invalidParameter(key, 'holds a lone UTF-16 surrogate, which has no UTF-8 form');
  return createHash('md5').update(text, 'utf8').digest('hex');
}
