import { NormalizedSchema } from '@smithy/core/schema';
import type { StaticOperationSchema } from '@smithy/types';

/** The two XML-answering protocols of the AWS SDK: `awsQuery` (STS, Auto Scaling, ELBv2) and `ec2Query`. */
export type QueryProtocol = 'awsQuery' | 'ec2Query';

/**
 * Writes an operation's result as the service writes it, element names taken from the pinned
 * SDK's own schema of the operation's output (the service model's `xmlName`s, list member names,
 * flattening), so every field the SDK reads is where it looks for it. `value` is in the SDK's
 * output shape (PascalCase members, Dates for timestamps).
 */
export function xmlResponse(
  protocol: QueryProtocol,
  operation: StaticOperationSchema,
  value: Record<string, unknown>,
  { requestId, xmlns }: { requestId: string; xmlns: string },
): string {
  const action = operation[2];
  const output = NormalizedSchema.of(operation[5]);
  const members = structMembers(output, value);
  return protocol === 'ec2Query'
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${xmlns}"><requestId>${requestId}</requestId>${members}</${action}Response>`
    : `<${action}Response xmlns="${xmlns}"><${action}Result>${members}</${action}Result>` +
        `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
}

/** An error as each protocol writes it (the SDK reads `Code` and `Message`). */
export function xmlError(
  protocol: QueryProtocol,
  { code, message, requestId, xmlns }: { code: string; message: string; requestId: string; xmlns: string },
): string {
  return protocol === 'ec2Query'
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escape(code)}</Code><Message>${escape(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
    : `<ErrorResponse xmlns="${xmlns}"><Error><Type>Sender</Type><Code>${escape(code)}</Code><Message>${escape(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

function structMembers(ns: NormalizedSchema, value: Record<string, unknown>): string {
  let out = '';
  for (const [name, member] of ns.structIterator()) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    out += element(member, member.getMemberTraits().xmlName ?? name, v);
  }
  return out;
}

function element(ns: NormalizedSchema, name: string, value: unknown): string {
  if (ns.isListSchema()) {
    const item = ns.getValueSchema();
    const itemName = item.getMergedTraits().xmlName ?? 'member';
    const items = (value as unknown[]).filter((v) => v !== undefined && v !== null);
    if (ns.getMergedTraits().xmlFlattened) return items.map((v) => element(item, name, v)).join('');
    return `<${name}>${items.map((v) => element(item, itemName, v)).join('')}</${name}>`;
  }
  if (ns.isMapSchema()) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `<entry><key>${escape(k)}</key>${element(ns.getValueSchema(), 'value', v)}</entry>`)
      .join('');
    return `<${name}>${entries}</${name}>`;
  }
  if (ns.isStructSchema()) return `<${name}>${structMembers(ns, value as Record<string, unknown>)}</${name}>`;
  return `<${name}>${escape(scalar(ns, value))}</${name}>`;
}

function scalar(ns: NormalizedSchema, value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (ns.isBlobSchema() && value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return String(value);
}

function escape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
