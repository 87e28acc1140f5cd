import { invalidParameter } from '../errors/plugin-error';

/**
 * Checks that a value can travel in an HTTP header (a token, an API key): visible
 * ASCII and spaces only. CR, LF, NUL, other control characters and anything
 * outside ASCII (including the U+FFFD of invalid UTF-8) are refused before any
 * network call, naming the key and the position, never the value.
 */
export function requireHeaderValue(value: string, key: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) {
      const what = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      throw invalidParameter(key, `must be printable ASCII to be sent in an HTTP header (${what} at position ${i})`);
    }
  }
  return value;
}
