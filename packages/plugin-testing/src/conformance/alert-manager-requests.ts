import type { PluginApi } from '@cloudforet/plugin-core';

/** The services a webhook or a protocol serves in each API, as reflection lists them. */
export const KIND_SERVICES = {
  webhook: {
    classic: [
      { name: 'spaceone.api.monitoring.plugin.Webhook', methods: ['init', 'verify'] },
      { name: 'spaceone.api.monitoring.plugin.Event', methods: ['parse'] },
    ],
    alert_manager: [
      { name: 'spaceone.api.alert_manager.plugin.Webhook', methods: ['init', 'verify'] },
      { name: 'spaceone.api.alert_manager.plugin.Event', methods: ['parse'] },
    ],
  },
  protocol: {
    classic: [
      { name: 'spaceone.api.notification.plugin.Protocol', methods: ['init', 'verify'] },
      { name: 'spaceone.api.notification.plugin.Notification', methods: ['dispatch'] },
    ],
    alert_manager: [
      { name: 'spaceone.api.alert_manager.plugin.Protocol', methods: ['init', 'verify'] },
      { name: 'spaceone.api.alert_manager.plugin.Notification', methods: ['dispatch'] },
    ],
  },
} as const satisfies Record<string, Record<PluginApi, readonly { name: string; methods: readonly string[] }[]>>;

/**
 * The request keys per method in an API: the classic core's, or in the alert-manager API every
 * request's proto fields, `domain_id` included (no published core sends them yet).
 */
export function keysOf(classic: Record<string, string[]>, api: PluginApi): Record<string, string[]> {
  if (api === 'classic') return classic;
  return Object.fromEntries(Object.entries(classic).map(([method, keys]) => [method, [...keys, 'domain_id']]));
}

const MESSAGE_KEYS = ['title', 'link', 'description', 'image_url', 'tags', 'callbacks', 'occurred_at'];

/**
 * A classic dispatch `message` (a Struct) as the alert-manager `NotificationMessage` can carry it:
 * only its typed fields, tag values as strings.
 */
export function typedMessage(message: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of MESSAGE_KEYS) if (message[key] !== undefined) out[key] = message[key];
  if (Array.isArray(out.tags))
    out.tags = (out.tags as Record<string, unknown>[]).map(({ key, value, options }) => ({
      key,
      ...(value === undefined || value === null ? {} : { value: String(value) }),
      ...(options === undefined ? {} : { options }),
    }));
  if (Array.isArray(out.callbacks))
    out.callbacks = (out.callbacks as Record<string, unknown>[]).map(({ label, url, options }) => ({
      label,
      url,
      ...(options === undefined ? {} : { options }),
    }));
  return out;
}
