import type { DispatchRequest } from '@cloudforet/api/gen-alert-manager/protocol/spaceone/api/alert_manager/plugin/notification';
import type { PluginDispatchRequest } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';

/** Drops what proto3 cannot tell from absent (empty strings, empty lists, unset messages). */
function present(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

/**
 * An alert-manager dispatch as the notification service would send it: the typed
 * `NotificationMessage` becomes the plain `message` object a protocol reads (the keys the
 * alert-manager message has, empty ones left out as the core leaves them out of its dict), and
 * `notification_type` keeps its name (the two enums share names, not numbers). `domain_id` has
 * no classic counterpart.
 */
export function toClassicDispatch(request: DispatchRequest): PluginDispatchRequest {
  const message = request.message;
  return {
    options: request.options,
    secret_data: request.secret_data,
    channel_data: request.channel_data,
    notification_type: request.notification_type as unknown as PluginDispatchRequest['notification_type'],
    message: message
      ? present({
          title: message.title,
          link: message.link,
          description: message.description,
          image_url: message.image_url,
          tags: message.tags?.map((t) => present({ key: t.key, value: t.value, options: t.options })),
          callbacks: message.callbacks?.map((c) => present({ label: c.label, url: c.url, options: c.options })),
          occurred_at: message.occurred_at,
        })
      : undefined,
  };
}
