import { smtpSettingsOf } from './smtp-settings';

const base = { smtp_host: 'smtp.example.com', user: 'mailer', password: 'pw-secret-1' };

describe('smtpSettingsOf', () => {
  it("reads upstream's keys with upstream's defaults: port 25, STARTTLS, its sender", () => {
    expect(smtpSettingsOf(base)).toEqual({
      host: 'smtp.example.com',
      port: 25,
      tls: 'starttls',
      verify: true,
      user: 'mailer',
      password: 'pw-secret-1',
      from: 'no-reply-spaceone@megazone.com',
    });
  });

  it('takes smtp_port as a number (a Struct double) or a string', () => {
    expect(smtpSettingsOf({ ...base, smtp_port: 587 }).port).toBe(587);
    expect(smtpSettingsOf({ ...base, smtp_port: '587' }).port).toBe(587);
    expect(smtpSettingsOf({ ...base, smtp_port: ' 2525 ' }).port).toBe(2525);
  });

  it('uses implicit TLS on 465 unless told otherwise, and the explicit modes', () => {
    expect(smtpSettingsOf({ ...base, smtp_port: '465' }).tls).toBe('implicit');
    expect(smtpSettingsOf({ ...base, smtp_port: 465, smtp_tls: 'starttls' }).tls).toBe('starttls');
    expect(smtpSettingsOf({ ...base, smtp_port: 1025, smtp_tls: 'none' }).tls).toBe('none');
    expect(smtpSettingsOf({ ...base, smtp_tls: 'implicit' }).tls).toBe('implicit');
  });

  it('verifies certificates unless turned off, and takes a PEM CA', () => {
    expect(smtpSettingsOf({ ...base, smtp_tls_verify: 'false' }).verify).toBe(false);
    expect(smtpSettingsOf({ ...base, smtp_tls_verify: false }).verify).toBe(false);
    expect(smtpSettingsOf({ ...base, smtp_tls_verify: 'true' }).verify).toBe(true);
    const ca = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(smtpSettingsOf({ ...base, smtp_ca_cert: ca }).ca).toBe(ca);
  });

  it('logs in only with a user', () => {
    expect(smtpSettingsOf({ smtp_host: 'localhost', user: '', password: 'x' })).not.toHaveProperty('user');
  });

  it.each([
    [{}, 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = secret_data.smtp_host)'],
    [
      { smtp_host: 7 },
      'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = secret_data.smtp_host, type = string)',
    ],
    [
      { ...base, smtp_host: 'smtp.example.com\r\nX: y' },
      'key = secret_data.smtp_host, reason = must be a host name or an IP address',
    ],
    [{ ...base, smtp_port: 'abc' }, 'key = secret_data.smtp_port, reason = must be a port number from 1 to 65535'],
    [{ ...base, smtp_port: 587.5 }, 'key = secret_data.smtp_port, reason = must be a port number from 1 to 65535'],
    [{ ...base, smtp_port: 70000 }, 'key = secret_data.smtp_port'],
    [{ ...base, smtp_port: true }, 'key = secret_data.smtp_port, type = string,number'],
    [{ ...base, smtp_tls: 'ssl' }, 'key = secret_data.smtp_tls, reason = must be equal to one of the allowed values'],
    [{ ...base, smtp_tls_verify: 'no' }, 'key = secret_data.smtp_tls_verify, reason = must be true or false'],
    [{ ...base, smtp_ca_cert: 'not a pem' }, 'key = secret_data.smtp_ca_cert'],
    [{ ...base, from_email: 'a@b.com\nBcc: c@d.com' }, 'key = secret_data.from_email'],
  ])('refuses %j naming the key', (secret, expected) => {
    let details = '';
    try {
      smtpSettingsOf(secret as Record<string, unknown>);
    } catch (e) {
      details = (e as { details: string }).details;
    }
    expect(details).toContain(expected);
    expect(details).not.toContain('pw-secret-1');
  });
});
