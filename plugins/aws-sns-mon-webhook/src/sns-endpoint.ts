import { allowedUrl, describeValue, invalidParameter, type PyValue } from '@cloudforet/plugin-core';

/** Amazon SNS's public endpoints: `sns.<region>.amazonaws.com`, `.com.cn` in China. */
const SNS_HOST = /^sns\.[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d\.amazonaws\.com(\.cn)?$/;

export function isSnsHost(hostname: string): boolean {
  return SNS_HOST.test(hostname);
}

/**
 * The URL, when it is `https://sns.<region>.amazonaws.com/…` on the default port without
 * userinfo (so `https://sns.us-east-1.amazonaws.com@evil.example/` is evil.example and refused);
 * otherwise an INVALID_ARGUMENT naming the key, before anything is sent.
 */
export function snsUrl(value: PyValue | undefined, key: string): string {
  if (typeof value !== 'string') throw invalidParameter(key, `${describeValue(value)} is not a URL`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidParameter(key, 'not a valid URL');
  }
  if (url.protocol !== 'https:' || !isSnsHost(url.hostname) || url.port !== '')
    throw invalidParameter(key, `not an SNS endpoint (https://sns.<region>.amazonaws.com/); not fetched`);
  return allowedUrl(value, `https://${url.hostname}/`, key, { maxLength: 4096 });
}
