import { validateSchema, type JsonSchema } from '../../validation/json-schema';
import { mayHaveBeenDelivered } from './not-sent-again';
import { DEFAULT_MESSAGE_LIMITS, notificationMessageSchema } from './notification-message';
import { notificationTypeOf } from './notification-type';

describe('notificationTypeOf', () => {
  it('answers the four types and names the key for anything else', () => {
    expect(['INFO', 'ERROR', 'SUCCESS', 'WARNING'].map((t) => notificationTypeOf(t))).toEqual([
      'INFO',
      'ERROR',
      'SUCCESS',
      'WARNING',
    ]);
    expect(() => notificationTypeOf(undefined)).toThrow('Required parameter. (key = notification_type)');
    expect(() => notificationTypeOf('NOTIFICATION_TYPE_NONE')).toThrow('(key = notification_type)');
    expect(() => notificationTypeOf('UNRECOGNIZED', 'type')).toThrow(
      'Parameter is invalid. (key = type, reason = must be one of INFO, ERROR, SUCCESS, WARNING)',
    );
  });
});

describe('notificationMessageSchema', () => {
  const fails = (schema: JsonSchema, message: unknown) => {
    try {
      validateSchema(schema, message, 'message');
    } catch (e) {
      return (e as Error).message;
    }
    return undefined;
  };

  it('checks the keys a layout reads, with the default bounds, and lets unknown keys through', () => {
    const schema = notificationMessageSchema();
    expect(fails(schema, { title: 't', anything: { else: 1 } })).toBeUndefined();
    expect(fails(schema, { tags: [{ value: 'v' }] })).toBe('Required parameter. (key = message.tags.0.key)');
    expect(fails(schema, { callbacks: 'x' })).toBe(
      'Parameter type is invalid. (key = message.callbacks, type = array)',
    );
    const many = { tags: Array.from({ length: DEFAULT_MESSAGE_LIMITS.tags + 1 }, (_, i) => ({ key: `k${i}` })) };
    expect(fails(schema, many)).toBe(
      'Parameter is invalid. (key = message.tags, reason = must NOT have more than 100 items)',
    );
    // content_type is a protocol's business unless it asks for it.
    expect(fails(schema, { content_type: 'PDF' })).toBeUndefined();
  });

  it('takes the required keys, bounds and content types a protocol asks for', () => {
    const schema = notificationMessageSchema({
      required: ['title'],
      limits: { title: 10 },
      contentTypes: ['HTML', 'MARKDOWN'],
    });
    expect(fails(schema, {})).toBe('Required parameter. (key = message.title)');
    expect(fails(schema, { title: 'x'.repeat(11) })).toBe(
      'Parameter is invalid. (key = message.title, reason = must NOT have more than 10 characters)',
    );
    expect(fails(schema, { title: 't', content_type: 'PDF' })).toBe(
      'Parameter is invalid. (key = message.content_type, reason = must be equal to one of the allowed values)',
    );
  });
});

describe('mayHaveBeenDelivered', () => {
  it('is UNAVAILABLE with the code, saying what happened and why it was not sent again', () => {
    const e = mayHaveBeenDelivered('ERROR_SMTP_DELIVERY', 'The connection was lost after the message was sent');
    expect(e.status).toBe(14);
    expect(e.details).toBe(
      'ERROR_SMTP_DELIVERY: The connection was lost after the message was sent; the message may have been delivered, so it was not sent again.',
    );
    expect(mayHaveBeenDelivered('ERROR_X', 'x', 'posted').message).toContain('may have been posted');
  });
});
