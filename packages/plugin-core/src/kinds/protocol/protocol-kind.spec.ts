import { validateSchema } from '../../validation/json-schema';
import { mayHaveBeenDelivered } from './may-have-been-delivered';
import { messageSchema } from './notification-message';
import { notificationTypeOf } from './notification-type';

describe('notification.Protocol helpers', () => {
  it('notificationTypeOf: the four types pass; absent is required, anything else invalid', () => {
    expect(notificationTypeOf('WARNING')).toBe('WARNING');
    for (const absent of [undefined, null, '', 'NOTIFICATION_TYPE_NONE'])
      expect(() => notificationTypeOf(absent)).toThrow('Required parameter. (key = notification_type)');
    expect(() => notificationTypeOf('UNRECOGNIZED')).toThrow(
      'Parameter is invalid. (key = notification_type, reason = must be one of INFO, ERROR, SUCCESS, WARNING)',
    );
  });

  it('messageSchema names the key at fault, and a protocol can require the title on top', () => {
    expect(() => validateSchema(messageSchema, { tags: [{ value: 'x' }] }, 'message')).toThrow(
      'Required parameter. (key = message.tags.0.key)',
    );
    const withTitle = { ...messageSchema, required: ['title'] };
    expect(() => validateSchema(withTitle, { description: 'd' }, 'message')).toThrow(
      'Required parameter. (key = message.title)',
    );
    expect(() => validateSchema(withTitle, { title: '' }, 'message')).not.toThrow();
  });

  it('mayHaveBeenDelivered: UNAVAILABLE, saying nothing was sent again', () => {
    const err = mayHaveBeenDelivered('ERROR_TELEGRAM_API', 'Telegram answered HTTP 502');
    expect(err.status).toBe(14);
    expect(err.details).toBe(
      'ERROR_TELEGRAM_API: Telegram answered HTTP 502; the message may have been delivered, so it was not sent again.',
    );
    expect(mayHaveBeenDelivered('ERROR_SLACK_API', 'x', 'posted').message).toContain('may have been posted');
  });
});
