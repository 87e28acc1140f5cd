import { simpleParser, type AddressObject } from 'mailparser';
import type { SMTPServerSession } from 'smtp-server';
import type { ReceivedMail } from './smtp-sandbox-types';

/** Reads a received message with mailparser, with the envelope and session it came in. */
export async function readReceivedMail(
  raw: Buffer,
  session: SMTPServerSession,
  port: ReceivedMail['port'],
): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const address = (a: SMTPServerSession['envelope']['mailFrom']) => (a ? a.address : '');
  return {
    port,
    secure: session.secure,
    ...(session.user ? { user: String(session.user) } : {}),
    envelope: { from: address(session.envelope.mailFrom), to: session.envelope.rcptTo.map(address) },
    subject: parsed.subject,
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    bcc: addresses(parsed.bcc),
    headers: parsed.headerLines.map(({ key, line }) => ({ key, line })),
    text: parsed.text,
    html: typeof parsed.html === 'string' ? parsed.html : undefined,
    messageId: parsed.messageId,
    size: raw.length,
    receivedAt: Date.now(),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((f) => f.value.flatMap((a) => (a.address ? [a.address] : [])));
}
