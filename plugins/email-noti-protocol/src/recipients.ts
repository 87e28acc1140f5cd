import { invalidParameter } from '@cloudforet/plugin-core';

/** Most recipients one channel may name. */
export const MAX_RECIPIENTS = 100;

// One address: no white space, control character, separator, quote or angle bracket, and a
// dotted domain. Header injection needs CR/LF, which nothing here lets through.
const ADDRESS = String.raw`[^\s\x00-\x1f\x7f@,;<>"]+@[^\s\x00-\x1f\x7f@,;<>"]+\.[^\s\x00-\x1f\x7f@,;<>".]{2,}`;
const ADDRESS_ONLY = new RegExp(`^${ADDRESS}$`, 'u');

/**
 * The channel form's pattern (the console checks it): addresses separated by commas or
 * semicolons, spaces or tabs around them, an optional trailing separator (upstream took
 * `a@x.com,`). Upstream's own pattern allowed no spaces, no semicolons and only 2–4
 * letter top-level domains.
 */
export const RECIPIENTS_PATTERN = `^[ \\t]*${ADDRESS}[ \\t]*([,;][ \\t]*${ADDRESS}[ \\t]*)*[,;]?[ \\t]*$`;

/**
 * The recipients of `channel_data.email`: split at commas and semicolons, trimmed, without
 * empty entries and duplicates. An entry that is not one plain address is refused naming
 * its position, never quoting it.
 */
export function recipientsOf(email: string, key = 'channel_data.email'): string[] {
  const entries = email.split(/[,;]/).map((e) => e.replace(/^[ \t]+|[ \t]+$/g, ''));
  const addresses: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (entry === '' && i === entries.length - 1 && i > 0) return; // a trailing separator
    if (!ADDRESS_ONLY.test(entry)) {
      throw invalidParameter(key, `entry #${i + 1} is not an e-mail address (separate addresses with , or ;)`);
    }
    if (!seen.has(entry.toLowerCase())) {
      seen.add(entry.toLowerCase());
      addresses.push(entry);
    }
  });
  if (addresses.length > MAX_RECIPIENTS) throw invalidParameter(key, `names more than ${MAX_RECIPIENTS} addresses`);
  return addresses;
}

/** One sender address, bare or as `Display Name <address>`, without control characters. */
export function singleAddress(value: string, key: string): string {
  const named = /^([^\x00-\x1f\x7f<>"]*)<([^<>]*)>$/u.exec(value.trim());
  const address = named ? named[2].trim() : value.trim();
  if (!ADDRESS_ONLY.test(address) || (named && /[\x00-\x1f\x7f]/.test(named[1]))) {
    throw invalidParameter(key, 'must be one e-mail address, bare or as "Name <address>"');
  }
  return named && named[1].trim() ? `${named[1].trim()} <${address}>` : address;
}
