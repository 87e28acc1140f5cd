import { connect as tlsConnect } from 'node:tls';
import nodemailer from 'nodemailer';
import { startSmtpSandbox } from './start-smtp-sandbox';
import type { SmtpSandbox } from './smtp-sandbox-types';

describe('SMTP sandbox', () => {
  let smtp: SmtpSandbox;
  beforeAll(async () => {
    smtp = await startSmtpSandbox();
  });
  afterAll(() => smtp.close());
  beforeEach(() => smtp.reset());

  const transport = (extra: Record<string, unknown> = {}) =>
    nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      requireTLS: true,
      auth: { user: smtp.user, pass: smtp.password },
      tls: { ca: smtp.caCertificate },
      ...extra,
    });

  it('accepts a mail over STARTTLS with AUTH and reads it with mailparser', async () => {
    const info = await transport().sendMail({
      from: 'alerts@example.com',
      to: 'a@example.com, b@example.com',
      subject: 'Sandbox mail',
      text: 'plain part',
      html: '<p>html part</p>',
    });
    expect(info.accepted).toEqual(['a@example.com', 'b@example.com']);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    expect(mail).toMatchObject({
      port: 'starttls',
      secure: true,
      user: 'sandbox-user',
      envelope: { from: 'alerts@example.com', to: ['a@example.com', 'b@example.com'] },
      subject: 'Sandbox mail',
      from: ['alerts@example.com'],
      to: ['a@example.com', 'b@example.com'],
      text: 'plain part',
      html: '<p>html part</p>',
    });
    expect(mail.headers.map((h) => h.key)).toEqual(expect.arrayContaining(['from', 'to', 'subject', 'content-type']));
    expect(smtp.connections.opened).toBe(1);
  });

  it('speaks implicit TLS with a certificate for 127.0.0.1 signed by its CA', async () => {
    await transport({ port: smtp.tlsPort, secure: true, requireTLS: false }).sendMail({
      from: 'x@example.com',
      to: 'y@example.com',
      subject: 'implicit',
      text: 'hi',
    });
    expect(smtp.messages[0]).toMatchObject({ port: 'tls', secure: true, subject: 'implicit' });
    const socket = tlsConnect({ host: smtp.host, port: smtp.tlsPort, ca: smtp.caCertificate });
    await new Promise<void>((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject));
    expect(socket.authorized).toBe(true);
    expect(socket.getPeerCertificate().subjectaltname).toContain('IP Address:127.0.0.1');
    socket.destroy();
  });

  it('refuses wrong credentials with 535 and an untrusted client certificate check fails', async () => {
    const wrong = transport({ auth: { user: smtp.user, pass: 'wrong-password' } });
    await expect(wrong.sendMail({ from: 'x@example.com', to: 'y@example.com', text: 'x' })).rejects.toMatchObject({
      code: 'EAUTH',
      responseCode: 535,
    });
    expect(smtp.auth).toEqual({ succeeded: 0, failed: 1 });
    const untrusted = transport({ tls: {} });
    await expect(untrusted.sendMail({ from: 'x@example.com', to: 'y@example.com', text: 'x' })).rejects.toMatchObject({
      originalCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    expect(smtp.messages).toHaveLength(0);
  });

  it('consumes queued faults at their stage, in order: auth failure, 4xx, 5xx, delay, drop', async () => {
    const send = () => transport().sendMail({ from: 'x@example.com', to: 'y@example.com', subject: 's', text: 'x' });
    smtp.failNext({ at: 'auth', reply: 535 });
    await expect(send()).rejects.toMatchObject({ code: 'EAUTH', responseCode: 535 });
    smtp.failNext({ at: 'rcpt', reply: 450 });
    await expect(send()).rejects.toMatchObject({ code: 'EENVELOPE', responseCode: 450, command: 'RCPT TO' });
    smtp.failNext({ at: 'data', reply: 554, message: 'Rejected as spam' });
    await expect(send()).rejects.toMatchObject({ code: 'EMESSAGE', responseCode: 554 });
    smtp.failNext({ at: 'data', delayMs: 300 });
    const started = Date.now();
    await send();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    smtp.failNext({ at: 'data', drop: true });
    await expect(send()).rejects.toMatchObject({ code: 'ECONNECTION' });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.transactions).toBe(4); // the auth failure never reached MAIL FROM
    expect(smtp.requests.map((r) => [r.stage, r.reply])).toEqual([
      ['rcpt', 450],
      ['data', 554],
      ['data', 250],
      ['data', 'dropped'],
    ]);
    expect(() => smtp.failNext({ at: 'nowhere' as never, reply: 451 })).toThrow(/fault #0 has at "nowhere"/);
  });

  it('counts connections: a pool of 2 opens at most 2 for 10 mails', async () => {
    // The previous tests' connections close asynchronously; start from none.
    while (smtp.connections.open > 0) await new Promise((r) => setTimeout(r, 10));
    smtp.reset();
    const pool = nodemailer.createTransport({
      pool: true,
      maxConnections: 2,
      host: smtp.host,
      port: smtp.port,
      requireTLS: true,
      auth: { user: smtp.user, pass: smtp.password },
      tls: { ca: smtp.caCertificate },
    });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        pool.sendMail({ from: 'x@example.com', to: 'y@example.com', subject: `m${i}`, text: 'x' }),
      ),
    );
    pool.close();
    expect(smtp.accepted).toBe(10);
    expect(smtp.connections.opened).toBe(2);
    expect(smtp.connections.peak).toBe(2);
  });

  it('serves what it received and its counts on the control port, and takes faults there', async () => {
    await transport().sendMail({ from: 'x@example.com', to: 'y@example.com', subject: 'over http', text: 'x' });
    const listed = (await (await fetch(`${smtp.controlUrl}/_sandbox/messages`)).json()) as { subject: string }[];
    expect(listed.map((m) => m.subject)).toEqual(['over http']);
    const counts = await (await fetch(`${smtp.controlUrl}/_sandbox/connections`)).json();
    expect(counts).toMatchObject({ opened: 1, accepted: 1, transactions: 1, auth: { succeeded: 1, failed: 0 } });
    const requests = await (await fetch(`${smtp.controlUrl}/_sandbox/requests`)).json();
    expect(requests).toMatchObject([{ stage: 'data', reply: 250 }]);
    const bad = await fetch(`${smtp.controlUrl}/_sandbox/faults`, { method: 'POST', body: '[{"at":"data"}]' });
    expect(bad.status).toBe(400);
    const ok = await fetch(`${smtp.controlUrl}/_sandbox/faults`, {
      method: 'POST',
      body: '[{"at":"mail","reply":421}]',
    });
    expect(ok.status).toBe(200);
    await expect(transport().sendMail({ from: 'x@example.com', to: 'y@example.com', text: 'x' })).rejects.toMatchObject(
      { responseCode: 421 },
    );
    await fetch(`${smtp.controlUrl}/_sandbox/reset`, { method: 'POST' });
    expect(smtp.messages).toHaveLength(0);
  });
});
