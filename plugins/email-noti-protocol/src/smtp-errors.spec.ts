import { RetryExhaustedError } from '@cloudforet/plugin-core';
import { classifySmtpError, toSmtpPluginError } from './smtp-errors';

// Errors as nodemailer's smtp-connection shapes them.
const refused = {
  code: 'ESOCKET',
  originalCode: 'ECONNREFUSED',
  command: 'CONN',
  message: 'connect ECONNREFUSED 127.0.0.1:1',
};
const deferred = { code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO', response: '451 4.3.0 Try again later' };
const rejected = { code: 'EMESSAGE', responseCode: 554, command: 'DATA', response: '554 5.7.1 Rejected as spam' };
const lost = { code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' };
const login = {
  code: 'EAUTH',
  responseCode: 535,
  command: 'AUTH PLAIN',
  response: '535 Authentication credentials invalid',
};

describe('classifySmtpError', () => {
  it('retries only what proves the server took nothing: a refused connection, a 4xx reply', () => {
    expect(classifySmtpError(refused)).toEqual({ retry: true });
    expect(classifySmtpError(deferred)).toEqual({ retry: true });
    expect(classifySmtpError({ ...rejected, responseCode: 452, response: '452 Mailbox full' })).toEqual({
      retry: true,
    });
  });

  it('never retries a lost connection, a timeout, a 5xx, a login or TLS failure', () => {
    for (const err of [
      lost,
      { code: 'ETIMEDOUT', command: 'CONN' },
      rejected,
      login,
      { ...login, responseCode: 454 },
      { code: 'ETLS', message: 'Error initiating TLS - self-signed certificate' },
      new Error('other'),
    ])
      expect(classifySmtpError(err)).toEqual({ retry: false });
  });
});

describe('toSmtpPluginError', () => {
  it('gives each failure its own Cloudforet error, naming the key to fix', () => {
    expect(toSmtpPluginError(login).details).toBe(
      'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = the SMTP server refused the login (535 Authentication credentials invalid); check secret_data.user and secret_data.password)',
    );
    expect(toSmtpPluginError(login).status).toBe(16);
    expect(toSmtpPluginError(refused).details).toBe(
      'ERROR_SMTP_CONNECTION: Cannot connect to the SMTP server (ECONNREFUSED); check secret_data.smtp_host and secret_data.smtp_port.',
    );
    expect(toSmtpPluginError(rejected).details).toBe(
      'ERROR_SMTP_REJECTED: The SMTP server refused the message at DATA: 554 5.7.1 Rejected as spam.',
    );
    expect(toSmtpPluginError({ ...rejected, command: 'RCPT TO' }).details).toContain('(check channel_data.email)');
    const cert = toSmtpPluginError({
      code: 'ESOCKET',
      originalCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      command: 'CONN',
      message: 'unable to verify the first certificate',
    });
    expect(cert.details).toBe(
      "ERROR_SMTP_TLS: The SMTP server's certificate was not accepted (unable to verify the first certificate); set secret_data.smtp_ca_cert to the CA that signed it (or secret_data.smtp_tls_verify to false for a test server).",
    );
    expect(cert.status).toBe(9);
  });

  it('a timeout before the session was ready is a connection error (nothing was sent)', () => {
    const greeting = {
      code: 'ETIMEDOUT',
      timeoutType: 'GREETING_TIMEOUT',
      command: 'CONN',
      message: 'Greeting never received',
    };
    expect(classifySmtpError(greeting)).toEqual({ retry: false });
    expect(toSmtpPluginError(greeting).details).toBe(
      'ERROR_SMTP_CONNECTION: Cannot talk to the SMTP server: it sent no greeting in time (TLS spoken to a plain port, or the reverse?); check secret_data.smtp_host, secret_data.smtp_port and secret_data.smtp_tls.',
    );
    expect(
      toSmtpPluginError({ code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT', message: 'Timeout' }).details,
    ).toContain('the message may have been delivered');
  });

  it('a server that wants a login names the keys to set', () => {
    const e = toSmtpPluginError({
      code: 'EENVELOPE',
      responseCode: 530,
      command: 'MAIL FROM',
      response: '530 Error: authentication Required',
    });
    expect(e.details).toBe(
      'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = the SMTP server requires a login (530 Error: authentication Required); set secret_data.user and secret_data.password)',
    );
  });

  it('says a message may have been delivered when the connection was lost or timed out', () => {
    const e = toSmtpPluginError(lost);
    expect(e.status).toBe(14);
    expect(e.details).toBe(
      'ERROR_SMTP_DELIVERY: The connection to the SMTP server was lost before it confirmed the message (Connection closed unexpectedly); the message may have been delivered, so it was not sent again.',
    );
    const timeout = new Error('Message sending aborted', {
      cause: new DOMException('signal timed out', 'TimeoutError'),
    });
    expect(toSmtpPluginError(Object.assign(timeout, { code: 'EABORT' })).details).toMatch(
      /^ERROR_SMTP_DELIVERY: The SMTP server did not answer in time \(Message sending aborted\); the message may have been delivered/,
    );
  });

  it('says how often it tried when retries ran out', () => {
    expect(toSmtpPluginError(new RetryExhaustedError(3, deferred, 'attempts')).details).toBe(
      'ERROR_SMTP_REJECTED: The SMTP server deferred the message at RCPT TO 3 times: 451 4.3.0 Try again later.',
    );
    expect(toSmtpPluginError(new RetryExhaustedError(3, refused, 'attempts')).details).toBe(
      'ERROR_SMTP_CONNECTION: Cannot connect to the SMTP server after 3 attempts (ECONNREFUSED); check secret_data.smtp_host and secret_data.smtp_port.',
    );
  });
});
