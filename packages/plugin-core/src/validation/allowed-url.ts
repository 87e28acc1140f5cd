import { invalidParameter } from '../errors/plugin-error';

export interface AllowedUrlOptions {
  /** Longest URL accepted (default 2048 characters). */
  maxLength?: number;
}

/**
 * Checks a URL from a request against an allow-list of URL prefixes and returns
 * it normalised, to be used as given. Prefixes and value are compared parsed:
 * scheme, host and port must be equal, and the path must start with the
 * prefix's path segments after dot segments are resolved, so
 * `<prefix>../elsewhere`, `%2e%2e` and `..\` cannot escape. Userinfo,
 * encoded slashes, backslashes and encoded dots are refused outright.
 */
export function allowedUrl(
  value: string,
  allowed: string | readonly string[],
  key: string,
  opts: AllowedUrlOptions = {},
): string {
  const maxLength = opts.maxLength ?? 2048;
  if (value.length > maxLength) throw invalidParameter(key, `URL longer than ${maxLength} characters`);
  if (/%2[ef]|%5c|\\/i.test(value)) {
    throw invalidParameter(key, 'URL must not contain backslashes, encoded slashes or encoded dots');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidParameter(key, 'not a valid URL');
  }
  if (url.username || url.password) throw invalidParameter(key, 'URL must not contain a user name or password');
  const prefixes = (typeof allowed === 'string' ? [allowed] : allowed).map((p) => new URL(p));
  if (!prefixes.some((prefix) => isUnder(url, prefix))) {
    throw invalidParameter(key, `URL must start with ${prefixes.map((p) => p.href).join(' or ')}`);
  }
  return url.href;
}

function isUnder(url: URL, prefix: URL): boolean {
  if (url.protocol !== prefix.protocol || url.hostname !== prefix.hostname || url.port !== prefix.port) return false;
  const want = segments(prefix.pathname);
  const have = segments(url.pathname);
  // A prefix ending in "/" covers what is below it; otherwise its last segment must match whole.
  return want.every((segment, i) => have[i] === segment) && have.length >= want.length;
}

function segments(path: string): string[] {
  return path.split('/').filter((s, i, all) => s !== '' || (i > 0 && i < all.length - 1));
}
