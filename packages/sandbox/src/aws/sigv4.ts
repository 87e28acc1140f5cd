import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';

/** What an `Authorization: AWS4-HMAC-SHA256 …` header says. */
export interface SignedBy {
  accessKeyId: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

export function parseAuthorization(header: string | undefined): SignedBy | undefined {
  const m = header ? AUTH.exec(header) : null;
  if (!m) return undefined;
  return { accessKeyId: m[1], region: m[3], service: m[4], signedHeaders: m[5].split(';'), signature: m[6] };
}

/** Node's crypto behind the signer's hash interface (no extra package). */
class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    // one use per instance in the signer
  }
}

function bytes(data: SourceData): string | Uint8Array {
  if (typeof data === 'string' || data instanceof Uint8Array) return data;
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

const signers = new Map<string, SignatureV4>();

/**
 * One signer per key, region and service: it keeps the day's signing key, which costs four HMACs to
 * derive, so the sandbox does not spend them again on every request of a long benchmark.
 */
function signerFor(credentials: { accessKeyId: string; secretAccessKey: string }, region: string, service: string) {
  const key = `${credentials.accessKeyId}\n${credentials.secretAccessKey}\n${region}\n${service}`;
  let signer = signers.get(key);
  if (!signer) {
    if (signers.size >= 4096) signers.clear();
    signers.set(
      key,
      (signer = new SignatureV4({
        credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
        region,
        service,
        sha256: Sha256,
      })),
    );
  }
  return signer;
}

/**
 * Signs the request again with the secret the sandbox holds for its key and compares: a wrong
 * secret access key, a session token that was not issued with that key, or an altered body fail
 * here as they fail at AWS.
 */
export async function signatureMatches(
  req: { method: string; path: string; headers: IncomingMessage['headers']; body: string },
  by: SignedBy,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
): Promise<boolean> {
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!date) return false;
  const signingDate = new Date(Date.UTC(+date[1], +date[2] - 1, +date[3], +date[4], +date[5], +date[6]));
  const headers: Record<string, string> = {};
  for (const name of by.signedHeaders) {
    const value = req.headers[name];
    if (value === undefined) return false;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const [path, query = ''] = req.path.split('?');
  const signer = signerFor(credentials, by.region, by.service);
  const signed = await signer.sign(
    {
      method: req.method,
      protocol: 'http:',
      hostname: String(req.headers.host ?? '').split(':')[0],
      path,
      query: Object.fromEntries(new URLSearchParams(query)),
      headers,
      body: req.body,
    },
    { signingDate, signingRegion: by.region, signingService: by.service, signableHeaders: new Set(by.signedHeaders) },
  );
  const again = parseAuthorization(String(signed.headers.authorization ?? signed.headers.Authorization));
  if (!again) return false;
  return timingSafeEqual(Buffer.from(again.signature), Buffer.from(by.signature));
}
