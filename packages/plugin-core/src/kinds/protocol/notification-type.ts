import { invalidParameter, requiredParameter } from '../../errors/plugin-error';

/** The notification types a protocol delivers, by name (notification.plugin and alert_manager.plugin alike). */
export const NOTIFICATION_TYPES = ['INFO', 'ERROR', 'SUCCESS', 'WARNING'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/**
 * The request's notification type, or the Cloudforet error naming the key: absent or
 * `NOTIFICATION_TYPE_NONE` is a required parameter, anything else unknown is invalid.
 */
export function notificationTypeOf(value: unknown, key = 'notification_type'): NotificationType {
  if (value === undefined || value === null || value === 'NOTIFICATION_TYPE_NONE') throw requiredParameter(key);
  if (!NOTIFICATION_TYPES.includes(value as NotificationType)) {
    throw invalidParameter(key, `must be one of ${NOTIFICATION_TYPES.join(', ')}`);
  }
  return value as NotificationType;
}
