// A throw-away certificate authority for stand-ins that must speak https under a real host
// name (SNS): an RSA CA and certificates it signs, written as DER by hand (node:crypto signs
// but cannot build X.509), enough for OpenSSL's chain verification in Node's TLS client.
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

export interface IssuedCertificate {
  /** PEM certificate. */
  cert: string;
  /** PEM PKCS#8 private key. */
  key: string;
  privateKey: KeyObject;
}

const der = (tag: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
};
const seq = (...parts: Buffer[]) => der(0x30, ...parts);
const oid = (dotted: string): Buffer => {
  const [a, b, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const bytes = [a * 40 + b];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = v >> 7; x > 0; x >>= 7) chunk.unshift((x & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
};
const utf8 = (s: string) => der(0x0c, Buffer.from(s, 'utf8'));
const time = (d: Date) => der(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
const name = (cn: string) => seq(der(0x31, seq(oid('2.5.4.3'), utf8(cn))));
const extension = (id: string, critical: boolean, value: Buffer) =>
  seq(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), der(0x04, value));
const SHA256_RSA = seq(oid('1.2.840.113549.1.1.11'), der(0x05));

function certificate(opts: {
  subject: string;
  issuer: string;
  publicKey: KeyObject;
  signer: KeyObject;
  ca: boolean;
  dnsNames?: string[];
}): string {
  const serial = randomBytes(12);
  serial[0] = (serial[0]! & 0x7f) | 0x40; // positive, and minimal (no leading zero byte)
  const now = Date.now();
  const extensions = [
    extension('2.5.29.19', true, seq(...(opts.ca ? [der(0x01, Buffer.from([0xff]))] : []))),
    ...(opts.dnsNames?.length
      ? [extension('2.5.29.17', false, seq(...opts.dnsNames.map((n) => der(0x82, Buffer.from(n)))))]
      : []),
  ];
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, serial),
    SHA256_RSA,
    name(opts.issuer),
    seq(time(new Date(now - 3600_000)), time(new Date(now + 7 * 86400_000))),
    name(opts.subject),
    opts.publicKey.export({ type: 'spki', format: 'der' }),
    der(0xa3, seq(...extensions)),
  );
  const signature = sign('sha256', tbs, opts.signer);
  const cert = seq(tbs, SHA256_RSA, der(0x03, Buffer.from([0]), signature));
  return `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}

function rsaKey() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string };
}

/** A CA that issues leaf certificates (TLS server names, or a signing certificate without names). */
export class TestCertificateAuthority {
  private readonly key = rsaKey();
  /** PEM certificate of the CA: what a client must trust. */
  readonly cert: string;

  constructor(readonly commonName = 'Cloudforet sandbox test CA') {
    this.cert = certificate({
      subject: commonName,
      issuer: commonName,
      publicKey: this.key.publicKey,
      signer: this.key.privateKey,
      ca: true,
    });
  }

  issue(commonName: string, dnsNames: string[] = []): IssuedCertificate {
    const key = rsaKey();
    const cert = certificate({
      subject: commonName,
      issuer: this.commonName,
      publicKey: key.publicKey,
      signer: this.key.privateKey,
      ca: false,
      dnsNames,
    });
    return { cert, key: key.pem, privateKey: createPrivateKey(key.pem) };
  }
}
