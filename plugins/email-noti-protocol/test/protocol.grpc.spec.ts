// The Email plugin as the Cloudforet core sees it: a gRPC endpoint discovered by reflection,
// called with the exact keys the notification service sends, delivering to a real SMTP
// server on loopback (the sandbox's smtp-server) through nodemailer. Each test reads the
// mail the server received, parsed by mailparser.
import { createServer, type AddressInfo } from 'node:net';
import type { RunningPlugin } from '@cloudforet/plugin-core';
import { assertNoSecrets, CoreCallError, CoreClient, LogCapture, startInProcess } from '@cloudforet/plugin-testing';
import { startSmtpSandbox, type SmtpSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { sandboxSecret } from './harness';

const message = {
  title: 'Disk <full> & "hot" on db-1',
  description: 'Usage is at 97%.\nThe <b>Tom & Jerry</b> job filled it.\nNothing else changed.',
  link: 'https://console.example.com/alerts/7?view=full&tab=1',
  image_url: 'https://img.example.com/disk.png',
  occurred_at: '2026-11-23T15:04:00.000Z',
  domain_name: 'acme',
  tags: [
    { key: 'Alert Number', value: '#7', options: { short: true } },
    { key: 'Urgency', value: 'HIGH' },
    { key: 'Resource', value: 'db-1 <primary>' },
  ],
  callbacks: [
    { label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/7' },
    { label: 'Open Runbook', url: 'https://wiki.example.com/runbook?id=7&v=2' },
  ],
};
const escapeOnce = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('email-noti-protocol over gRPC, against a real SMTP server', () => {
  let smtp: SmtpSandbox;
  let running: RunningPlugin;
  let client: CoreClient;
  const logs = new LogCapture();
  const details: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSandbox();
    ({ running, client } = await startInProcess(createPlugin({ idleMs: 500 }), { logs }));
  });
  beforeEach(() => smtp.reset());
  afterAll(async () => {
    client.close();
    await running.shutdown();
    await smtp.close();
    // The whole run's logs and every error it answered: no password, in any form.
    assertNoSecrets(logs.text, [smtp.password, 'wrong-password-123'], 'plugin logs');
    assertNoSecrets(details.join('\n'), [smtp.password, 'wrong-password-123'], 'error details');
  });

  const secret = (overrides: Record<string, unknown> = {}) => ({ ...sandboxSecret(smtp), ...overrides });
  const secretWithoutCa = (overrides: Record<string, unknown> = {}) => {
    const { smtp_ca_cert: _ca, ...rest } = secret(overrides);
    return rest;
  };
  const dispatch = (overrides: Record<string, unknown> = {}) =>
    client.call('Notification.dispatch', {
      secret_data: secret(),
      channel_data: { email: 'oncall@example.com' },
      notification_type: 'WARNING',
      message,
      options: {},
      ...overrides,
    });
  async function failure(call: Promise<unknown>): Promise<CoreCallError> {
    const err = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CoreCallError);
    details.push((err as CoreCallError).details ?? '');
    return err as CoreCallError;
  }

  describe('init and verify', () => {
    it('serves Protocol and Notification, and init answers upstream metadata whatever the options', async () => {
      expect(client.services).toEqual([
        'spaceone.api.notification.plugin.Protocol',
        'spaceone.api.notification.plugin.Notification',
        'grpc.health.v1.Health',
        'spaceone.api.core.v1.ServerInfo',
      ]);
      const init = (await client.call('Protocol.init', { options: {} })) as {
        metadata: { data_type: string; data: { schema: Record<string, unknown> } };
      };
      expect(init.metadata.data_type).toBe('PLAIN_TEXT');
      expect(init.metadata.data.schema).toMatchObject({
        type: 'object',
        required: ['email'],
        properties: { email: { type: 'string', minLength: 10, title: 'Email Address', pattern: expect.any(String) } },
      });
      expect(await client.call('Protocol.init', { options: { anything: 1 } })).toEqual(init);
    });

    it('verify checks the SMTP settings without connecting', async () => {
      expect(await client.call('Protocol.verify', { options: {}, secret_data: secret() })).toEqual({});
      const err = await failure(client.call('Protocol.verify', { options: {}, secret_data: { user: 'x' } }));
      expect([err.codeName, err.details]).toEqual([
        'INVALID_ARGUMENT',
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = secret_data.smtp_host)',
      ]);
      expect(smtp.connections.opened).toBe(0);
    });
  });

  describe('a dispatch', () => {
    it('reaches the server over STARTTLS with AUTH, with every part of the message in both parts', async () => {
      const to = 'oncall@example.com; sre@example.com, Ops@Example.org ,';
      expect(await dispatch({ channel_data: { email: to } })).toEqual({});
      expect(smtp.messages).toHaveLength(1);
      const mail = smtp.messages[0];
      expect(mail).toMatchObject({
        port: 'starttls',
        secure: true,
        user: 'sandbox-user',
        envelope: { from: 'alerts@example.com', to: ['oncall@example.com', 'sre@example.com', 'Ops@example.org'] },
        subject: message.title,
        from: ['alerts@example.com'],
        to: ['oncall@example.com', 'sre@example.com', 'Ops@example.org'],
        bcc: [],
      });
      expect(mail.headers.find((h) => h.key === 'content-type')?.line).toMatch(/multipart\/alternative/);
      const html = mail.html!;
      const text = mail.text!;
      // The title and type, in the WARNING colour.
      expect(html).toContain(`<span>[WARNING]</span> ${escapeOnce(message.title)}`);
      expect(html).toContain('border-left:4px solid rgb(255,206,2)');
      expect(text).toContain(`[WARNING] ${message.title}`);
      // The description: its line breaks are <br/> elements; its text escaped once.
      expect(html).toContain(
        'Usage is at 97%.<br/>The &lt;b&gt;Tom &amp; Jerry&lt;/b&gt; job filled it.<br/>Nothing else changed.',
      );
      expect(text).toContain('Usage is at 97%.\nThe <b>Tom & Jerry</b> job filled it.\nNothing else changed.');
      expect(html).not.toContain('&lt;br/&gt;');
      expect(html).not.toMatch(/&amp;(amp|lt|gt|quot|#39);/);
      expect(text).not.toContain('<br');
      // Every tag, every callback, the link, the image, the time.
      for (const tag of message.tags) {
        expect(html).toContain(
          `>${escapeOnce(tag.key)}</td><td style="padding:4px 0;vertical-align:top;">${escapeOnce(tag.value)}<`,
        );
        expect(text).toContain(`${tag.key}: ${tag.value}`);
      }
      for (const cb of message.callbacks) {
        expect(html).toContain(`<a href="${escapeOnce(cb.url)}" target="_blank"`);
        expect(html).toContain(`>${cb.label}</a>`);
        expect(text).toContain(`${cb.label}: ${cb.url}`);
      }
      expect(html).toContain(
        `<a href="${escapeOnce(message.link)}" target="_blank" style="color:#6638b5;">View full details</a>`,
      );
      expect(text).toContain(`View full details: ${message.link}`);
      expect(html).toContain(`<img src="${message.image_url}"`);
      expect(html).toContain('November 23, 2026 15:04 PM (UTC)');
      expect(text).toContain('Occurred at: November 23, 2026 15:04 PM (UTC)');
      expect(html).toContain("You received this email because of acme's notifications.");
    });

    it('takes smtp_port as a number or a string', async () => {
      await dispatch({ secret_data: secret({ smtp_port: smtp.port }) });
      await dispatch({ secret_data: secret({ smtp_port: String(smtp.port) }) });
      expect(smtp.messages.map((m) => m.secure)).toEqual([true, true]);
    });

    it('speaks implicit TLS', async () => {
      await dispatch({ secret_data: secret({ smtp_port: smtp.tlsPort, smtp_tls: 'implicit' }) });
      expect(smtp.messages[0]).toMatchObject({ port: 'tls', secure: true, user: 'sandbox-user' });
    });

    it('verifies the certificate unless told not to: without the CA it refuses, with smtp_tls_verify false it sends', async () => {
      const err = await failure(dispatch({ secret_data: secretWithoutCa() }));
      expect(err.codeName).toBe('FAILED_PRECONDITION');
      expect(err.details).toMatch(
        /^ERROR_SMTP_TLS: The SMTP server's certificate was not accepted \(.*certificate.*\); set secret_data\.smtp_ca_cert/,
      );
      expect(smtp.transactions).toBe(0);
      await dispatch({ secret_data: secretWithoutCa({ smtp_tls_verify: 'false' }) });
      expect(smtp.messages).toHaveLength(1);
    });

    it('STARTTLS not offered: refused before AUTH, so the password never travels in clear', async () => {
      const plainOnly = await startSmtpSandbox({ starttls: false, allowInsecureAuth: true });
      try {
        const err = await failure(dispatch({ secret_data: secret({ smtp_port: plainOnly.port }) }));
        expect(err.codeName).toBe('FAILED_PRECONDITION');
        expect(err.details).toMatch(
          /^ERROR_SMTP_TLS: TLS with the SMTP server failed \(.*\); check secret_data\.smtp_tls/,
        );
        expect(plainOnly.auth).toEqual({ succeeded: 0, failed: 0 });
        expect(plainOnly.transactions).toBe(0);
      } finally {
        await plainOnly.close();
      }
    });

    it('a plain connection when asked (development), without AUTH when there is no user', async () => {
      const open = await startSmtpSandbox({ authOptional: true });
      try {
        await dispatch({ secret_data: { smtp_host: open.host, smtp_port: open.port, smtp_tls: 'none' } });
        expect(open.messages[0]).toMatchObject({ secure: false, envelope: { from: 'no-reply-spaceone@megazone.com' } });
        expect(open.messages[0]).not.toHaveProperty('user');
      } finally {
        await open.close();
      }
    });
  });

  describe('header injection', () => {
    const injected = (mail: SmtpSandbox['messages'][number]) =>
      mail.headers.filter((h) => ['bcc', 'cc', 'x-injected'].includes(h.key));

    it('CR/LF in the title: one subject line, no extra header or recipient', async () => {
      await dispatch({ message: { ...message, title: 'Disk full\r\nBcc: evil@attacker.example\r\nX-Injected: yes' } });
      const mail = smtp.messages[0];
      expect(mail.subject).toBe('Disk full Bcc: evil@attacker.example X-Injected: yes');
      expect(injected(mail)).toEqual([]);
      expect(mail.envelope.to).toEqual(['oncall@example.com']);
    });

    it('CR/LF in a tag: shown in the body, no header', async () => {
      const tags = [{ key: 'Note\r\nBcc: evil@attacker.example', value: 'x\r\nX-Injected: yes' }];
      await dispatch({ message: { ...message, tags } });
      const mail = smtp.messages[0];
      expect(injected(mail)).toEqual([]);
      expect(mail.envelope.to).toEqual(['oncall@example.com']);
      expect(mail.text).toContain('Note Bcc: evil@attacker.example: x X-Injected: yes');
    });

    it.each([
      ['channel_data.email', { channel_data: { email: 'oncall@example.com\r\nBcc: evil@attacker.example' } }],
      ['channel_data.email', { channel_data: { email: 'oncall@example.com,\nevil@attacker.example' } }],
      [
        'secret_data.from_email',
        { secret_data: { smtp_host: '127.0.0.1', from_email: 'a@example.com\r\nBcc: evil@attacker.example' } },
      ],
    ])('CR/LF in %s: INVALID_ARGUMENT naming it, nothing sent', async (key, overrides) => {
      const err = await failure(dispatch(overrides));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toContain(`(key = ${key}, reason = `);
      expect(smtp.connections.opened).toBe(0);
    });
  });

  describe('failures: each its own clear Cloudforet error, never with the password', () => {
    it('a wrong password: UNAUTHENTICATED, tried once', async () => {
      const err = await failure(dispatch({ secret_data: secret({ password: 'wrong-password-123' }) }));
      expect(err.codeName).toBe('UNAUTHENTICATED');
      expect(err.details).toBe(
        'ERROR_AUTHENTICATE_FAILURE: Authenticate failure. (message = the SMTP server refused the login (535 Authentication credentials invalid); check secret_data.user and secret_data.password)',
      );
      expect(smtp.auth).toEqual({ succeeded: 0, failed: 1 });
    });

    it('a refused connection: UNAVAILABLE after 3 attempts (nothing was sent, so it tries again)', async () => {
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((r) => closed.close(r));
      const err = await failure(dispatch({ secret_data: secret({ smtp_port: port }) }));
      expect(err.codeName).toBe('UNAVAILABLE');
      expect(err.details).toBe(
        'ERROR_SMTP_CONNECTION: Cannot connect to the SMTP server after 3 attempts (ECONNREFUSED); check secret_data.smtp_host and secret_data.smtp_port.',
      );
    });

    it('a 5xx reply: FAILED_PRECONDITION with the reply, not sent again', async () => {
      smtp.failNext({ at: 'data', reply: 554, message: '5.7.1 Rejected as spam' });
      const err = await failure(dispatch());
      expect(err.codeName).toBe('FAILED_PRECONDITION');
      expect(err.details).toBe(
        'ERROR_SMTP_REJECTED: The SMTP server refused the message at DATA: 554 5.7.1 Rejected as spam.',
      );
      expect(smtp.transactions).toBe(1);
    });

    it('a 5xx for a recipient names the channel key', async () => {
      smtp.failNext({ at: 'rcpt', reply: 550, message: '5.1.1 No such user' });
      const err = await failure(dispatch());
      expect(err.details).toBe(
        'ERROR_SMTP_REJECTED: The SMTP server refused the message at RCPT TO: 550 5.1.1 No such user (check channel_data.email).',
      );
    });

    it('the codes differ: auth, connection, TLS and refusal are told apart', () => {
      const codes = details.filter((d) => /^ERROR_(AUTH|SMTP)/.test(d)).map((d) => d.split(':')[0]);
      expect(new Set(codes)).toEqual(
        new Set(['ERROR_AUTHENTICATE_FAILURE', 'ERROR_SMTP_CONNECTION', 'ERROR_SMTP_TLS', 'ERROR_SMTP_REJECTED']),
      );
    });
  });

  describe('never delivered twice', () => {
    it('a 4xx reply ("not now") is sent again and delivered once', async () => {
      smtp.failNext({ at: 'rcpt', reply: 451, message: '4.3.0 Try again later' });
      expect(await dispatch()).toEqual({});
      expect(smtp.transactions).toBe(2);
      expect(smtp.messages).toHaveLength(1);
    });

    it('a 4xx reply three times: UNAVAILABLE, saying how often', async () => {
      smtp.failNext(
        ...Array.from({ length: 3 }, () => ({ at: 'data' as const, reply: 452, message: '4.2.2 Mailbox full' })),
      );
      const err = await failure(dispatch());
      expect(err.codeName).toBe('UNAVAILABLE');
      expect(err.details).toBe(
        'ERROR_SMTP_REJECTED: The SMTP server deferred the message at DATA 3 times: 452 4.2.2 Mailbox full.',
      );
      expect(smtp.transactions).toBe(3);
    });

    it('a connection lost after the data: UNAVAILABLE "may have been delivered", not sent again', async () => {
      smtp.failNext({ at: 'data', drop: true });
      const err = await failure(dispatch());
      expect(err.codeName).toBe('UNAVAILABLE');
      expect(err.details).toMatch(
        /^ERROR_SMTP_DELIVERY: The connection to the SMTP server was lost before it confirmed the message \(.*\); the message may have been delivered, so it was not sent again\.$/,
      );
      await settle(500);
      expect(smtp.transactions).toBe(1);
    });

    it("a reply slower than the caller's deadline: the call ends in time and nothing is sent again", async () => {
      smtp.failNext({ at: 'data', delayMs: 2500 });
      const started = Date.now();
      const err = await failure(
        client.call(
          'Notification.dispatch',
          {
            secret_data: secret(),
            channel_data: { email: 'a@example.com' },
            notification_type: 'INFO',
            message,
            options: {},
          },
          { timeoutMs: 1200 },
        ),
      );
      expect(Date.now() - started).toBeLessThan(2400);
      expect(err.codeName).toMatch(/^(DEADLINE_EXCEEDED|UNAVAILABLE)$/);
      // The server takes it in the end: "may have been delivered" was the truth; nothing follows.
      for (let i = 0; i < 100 && smtp.requests.length === 0; i++) await settle(50);
      await settle(500);
      expect(smtp.requests.map((r) => [r.stage, r.reply])).toEqual([['data', 250]]);
      expect(smtp.transactions).toBe(1);
    });
  });

  describe('bad input: INVALID_ARGUMENT naming the key, and the process lives on', () => {
    it.each([
      [
        'no channel_data.email',
        { channel_data: {} },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.email)',
      ],
      ['no channel_data', { channel_data: null }, 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data)'],
      [
        'an email that is a number',
        { channel_data: { email: 42 } },
        'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = channel_data.email, type = string)',
      ],
      [
        'an empty email',
        { channel_data: { email: '' } },
        '(key = channel_data.email, reason = entry #1 is not an e-mail address',
      ],
      [
        'a message without title',
        { message: { description: 'x' } },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = message.title)',
      ],
      ['no message', { message: null }, 'ERROR_REQUIRED_PARAMETER: Required parameter. (key = message)'],
      [
        'tags that are not a list',
        { message: { title: 't', tags: 'x' } },
        'ERROR_INVALID_PARAMETER_TYPE: Parameter type is invalid. (key = message.tags, type = array)',
      ],
      [
        'a callback without url',
        { message: { title: 't', callbacks: [{ label: 'x' }] } },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = message.callbacks.0.url)',
      ],
      [
        'an unknown content_type',
        { message: { title: 't', content_type: 'PDF' } },
        '(key = message.content_type, reason = must be equal to one of the allowed values)',
      ],
      [
        'no notification_type',
        { notification_type: 'NOTIFICATION_TYPE_NONE' },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = notification_type)',
      ],
      [
        'no secret_data',
        { secret_data: {} },
        'ERROR_REQUIRED_PARAMETER: Required parameter. (key = secret_data.smtp_host)',
      ],
      [
        'a port that is not one',
        { secret_data: { smtp_host: '127.0.0.1', smtp_port: 'abc' } },
        '(key = secret_data.smtp_port, reason = must be a port number from 1 to 65535)',
      ],
      ['a host that is a list', { secret_data: { smtp_host: ['a'] } }, '(key = secret_data.smtp_host, type = string)'],
    ])('%s', async (_what, overrides, expected) => {
      const err = await failure(dispatch(overrides));
      expect(err.codeName).toBe('INVALID_ARGUMENT');
      expect(err.details).toContain(expected);
      expect(smtp.connections.opened).toBe(0);
    });

    it('still answers afterwards, and delivers', async () => {
      expect(await client.call('Protocol.init', { options: {} })).toHaveProperty('metadata.data_type', 'PLAIN_TEXT');
      expect(await dispatch()).toEqual({});
      expect(smtp.messages).toHaveLength(1);
    });
  });
});
