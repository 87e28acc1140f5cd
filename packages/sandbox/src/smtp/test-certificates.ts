import { generateKeyPair, randomBytes, sign } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generate = promisify(generateKeyPair);

export interface TestCertificates {
  /** The CA a client must trust (PEM). */
  caCertificate: string;
  /** The server's certificate, signed by the CA, for 127.0.0.1, ::1 and localhost (PEM). */
  certificate: string;
  /** The server certificate's private key (PEM, PKCS#8). */
  key: string;
}

let made: Promise<TestCertificates> | undefined;

/**
 * A test CA and a server certificate it signed, made in memory on first use (never written
 * anywhere) and shared by every stand-in of the process. Valid from a day ago for 30 days.
 * Keys and signatures come from node:crypto; node-forge only assembles the X.509 structures.
 */
export function testCertificates(): Promise<TestCertificates> {
  made ??= makeCertificates();
  return made;
}

async function makeCertificates(): Promise<TestCertificates> {
  const [caKeys, serverKeys] = await Promise.all([rsaKeys(), rsaKeys()]);
  const caName = [{ name: 'commonName', value: 'Cloudforet sandbox test CA' }];
  const ca = certificate(caKeys.publicKey, caName, caName, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  signWithNode(ca, caKeys.pem);
  const server = certificate(serverKeys.publicKey, [{ name: 'commonName', value: 'localhost' }], caName, [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
        { type: 7, ip: '::1' },
      ],
    },
  ]);
  signWithNode(server, caKeys.pem);
  return {
    caCertificate: forge.pki.certificateToPem(ca),
    certificate: forge.pki.certificateToPem(server),
    key: serverKeys.pem,
  };
}

async function rsaKeys() {
  const { privateKey, publicKey } = await generate('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { pem: privateKey, publicKey: forge.pki.publicKeyFromPem(publicKey) };
}

function certificate(
  publicKey: forge.pki.PublicKey,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  extensions: object[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serialNumberHex(randomBytes(16));
  const day = 24 * 3600 * 1000;
  cert.validity.notBefore = new Date(Date.now() - day);
  cert.validity.notAfter = new Date(Date.now() + 30 * day);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(extensions);
  return cert;
}

/**
 * A serial number as a positive, minimal DER INTEGER. OpenSSL 3 refuses a certificate whose serial
 * has a needless leading zero byte ("illegal padding"), as the hex `0` + random bytes gives whenever
 * the first random byte is below 0x80.
 */
export function serialNumberHex(random: Buffer): string {
  const serial = Buffer.from(random);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  return serial.toString('hex');
}

/**
 * What forge's `cert.sign` does, with node:crypto's RSA: forge's pure-JS RSA took 6–7 s under jest
 * on Node 24 (0.1 s outside it), past a hook's timeout.
 */
function signWithNode(cert: forge.pki.Certificate, privateKeyPem: string): void {
  const unsigned = cert as forge.pki.Certificate & {
    siginfo: { algorithmOid: string };
    tbsCertificate: forge.asn1.Asn1;
    signature: string;
  };
  unsigned.signatureOid = unsigned.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption!;
  // Not in forge's typings, but the function `cert.sign` itself uses.
  const { getTBSCertificate } = forge.pki as unknown as {
    getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1;
  };
  unsigned.tbsCertificate = getTBSCertificate(cert);
  const tbs = Buffer.from(forge.asn1.toDer(unsigned.tbsCertificate).getBytes(), 'binary');
  unsigned.signature = sign('sha256', tbs, privateKeyPem).toString('binary');
}
