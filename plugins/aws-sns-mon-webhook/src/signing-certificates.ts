import { X509Certificate, type KeyObject } from 'node:crypto';
import { invalidParameter, type CallContext } from '@cloudforet/plugin-core';
import type { SnsHttp } from './sns-http';

const MAX_CACHED = 64;
const TTL_MS = 24 * 3600_000;

/**
 * SNS signing certificates by URL (already checked to be on an SNS host), fetched once and
 * kept for a day (SNS rotates them rarely, under a new URL): one fetch per certificate, not
 * per message. A certificate outside its validity dates is refused.
 */
export class SigningCertificates {
  private readonly cache = new Map<string, { key: KeyObject; until: number }>();
  fetches = 0;

  constructor(private readonly http: SnsHttp) {}

  async publicKey(url: string, ctx: Pick<CallContext, 'signal' | 'deadline'>): Promise<KeyObject> {
    const cached = this.cache.get(url);
    if (cached && cached.until > Date.now()) return cached.key;
    this.fetches++;
    const { status, body } = await this.http.get(url, ctx).catch((err: unknown) => {
      throw invalidParameter('data.SigningCertURL', `the certificate could not be fetched (${(err as Error).message})`);
    });
    if (status !== 200)
      throw invalidParameter('data.SigningCertURL', `the certificate could not be fetched (HTTP ${status})`);
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(body);
    } catch {
      throw invalidParameter('data.SigningCertURL', 'not a PEM certificate');
    }
    const now = Date.now();
    if (Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now)
      throw invalidParameter('data.SigningCertURL', 'the certificate is outside its validity dates');
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url, { key: cert.publicKey, until: now + TTL_MS });
    return cert.publicKey;
  }
}
