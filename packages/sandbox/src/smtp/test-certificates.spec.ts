import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';
import { serialNumberHex, testCertificates } from './test-certificates';

describe('testCertificates', () => {
  it('gives a server certificate that OpenSSL loads and that the CA signed', async () => {
    const certs = await testCertificates();
    const server = new X509Certificate(certs.certificate);
    const ca = new X509Certificate(certs.caCertificate);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(() => tls.createSecureContext({ key: certs.key, cert: certs.certificate })).not.toThrow();
  });

  it.each([0x00, 0x01, 0x7f, 0x80, 0xff])('makes a positive serial without a leading zero byte from %i', (first) => {
    const hex = serialNumberHex(Buffer.from([first, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]));
    expect(hex).toHaveLength(32);
    expect(Number.parseInt(hex.slice(0, 2), 16)).toBeGreaterThanOrEqual(0x40);
    expect(Number.parseInt(hex.slice(0, 2), 16)).toBeLessThan(0x80);
    expect(hex.slice(2)).toBe('000102030405060708090a0b0c0d0e');
  });
});
