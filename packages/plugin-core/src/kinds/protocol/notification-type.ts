import { invalidParameter, requiredParameter } from '../../errors/plugin-error';

export type NotificationType = 'INFO' | 'ERROR' | 'SUCCESS' | 'WARNING';
export const NOTIFICATION_TYPES: readonly NotificationType[] = ['INFO', 'ERROR', 'SUCCESS', 'WARNING'];

/**
 * The request's `notification_type` (the enum's name as plugin-core hands it over), checked:
 * absent or NOTIFICATION_TYPE_NONE is ERROR_REQUIRED_PARAMETER, anything else outside the four
 * types (a number the enum lacks arrives as UNRECOGNIZED) ERROR_INVALID_PARAMETER.
 */
export function notificationTypeOf(value: unknown): NotificationType {
  if (value === undefined || value === null || value === '' || value === 'NOTIFICATION_TYPE_NONE')
    throw requiredParameter('notification_type');
  if (!NOTIFICATION_TYPES.includes(value as NotificationType)) {
    throw invalidParameter('notification_type', `must be one of ${NOTIFICATION_TYPES.join(', ')}`);
  }
  return value as NotificationType;
}
