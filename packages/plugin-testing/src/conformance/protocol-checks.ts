import type { PluginApi } from '@cloudforet/plugin-core';
import type { CoreClient } from '../client/core-client';
import { KIND_SERVICES, keysOf, typedMessage } from './alert-manager-requests';
import { commonChecks, coreKeysCheck } from './common-checks';
import { type ConformanceCheck, expectFailure, expectThat } from './conformance-check';

export interface ProtocolFixture {
  /** A dispatch that must be delivered: every key the core sends except notification_type. */
  dispatch: {
    secret_data: Record<string, unknown>;
    channel_data: Record<string, unknown>;
    message: Record<string, unknown>;
    options: Record<string, unknown>;
  };
  /** verify's request; default `{options: dispatch.options, secret_data: dispatch.secret_data}`. */
  verify?: { options: Record<string, unknown>; secret_data: Record<string, unknown> };
  /** Checks that the outside world received the last dispatch (e.g. asks the sandbox); optional. */
  delivered?: (notificationType: string) => Promise<void> | void;
}

/** The keys the Cloudforet 2.x notification service sends (docs/wire-contract.md, request keys). */
export const PROTOCOL_CORE_KEYS = {
  'Protocol.init': ['options'],
  'Protocol.verify': ['options', 'secret_data'],
  'Notification.dispatch': ['secret_data', 'channel_data', 'notification_type', 'message', 'options'],
};
const NOTIFICATION_TYPES = ['INFO', 'ERROR', 'SUCCESS', 'WARNING'];

interface ChannelSchema {
  type?: string;
  properties?: Record<string, unknown>;
  required?: string[];
}

async function channelSchema(client: CoreClient, options: Record<string, unknown>): Promise<ChannelSchema> {
  const { metadata } = (await client.call('Protocol.init', { options })) as {
    metadata?: { data?: { schema?: ChannelSchema } };
  };
  return metadata?.data?.schema ?? {};
}

/**
 * The conformance suite of a notification.Protocol plugin; with `api: 'alert_manager'` the same
 * checks against the plugin started with PLUGIN_API=alert_manager (its services, its request keys,
 * the message as its typed `NotificationMessage` carries it).
 */
export function protocolChecks(
  fixture: ProtocolFixture,
  { api = 'classic' }: { api?: PluginApi } = {},
): ConformanceCheck[] {
  const message = api === 'classic' ? fixture.dispatch.message : typedMessage(fixture.dispatch.message);
  const dispatch = (client: CoreClient, notification_type: string, overrides: Record<string, unknown> = {}) =>
    client.call('Notification.dispatch', { ...fixture.dispatch, message, notification_type, ...overrides });
  return [
    ...commonChecks([...KIND_SERVICES.protocol[api]].map((s) => ({ name: s.name, methods: [...s.methods] }))),
    coreKeysCheck(keysOf(PROTOCOL_CORE_KEYS, api)),
    {
      name: 'Protocol.init answers data_type and a JSON schema of channel data',
      async run(client) {
        const { metadata } = (await client.call('Protocol.init', { options: fixture.dispatch.options })) as {
          metadata?: { data_type?: string; data?: { schema?: ChannelSchema } };
        };
        expectThat(metadata, 'init answered no metadata');
        expectThat(
          ['SECRET', 'PLAIN_TEXT'].includes(String(metadata.data_type)),
          `data_type is ${metadata.data_type}, not SECRET or PLAIN_TEXT`,
        );
        const schema = metadata.data?.schema;
        expectThat(
          schema?.type === 'object' && schema.properties,
          'metadata.data.schema is not an object schema with properties',
        );
        for (const key of schema.required ?? [])
          expectThat(key in schema.properties!, `required key ${key} has no property`);
      },
    },
    {
      name: 'Protocol.init is deterministic (the core calls it before every dispatch)',
      async run(client) {
        const a = await client.call('Protocol.init', { options: fixture.dispatch.options });
        const b = await client.call('Protocol.init', { options: fixture.dispatch.options });
        expectThat(JSON.stringify(a) === JSON.stringify(b), 'two init calls answered different metadata');
      },
    },
    {
      name: 'Protocol.verify succeeds',
      async run(client) {
        const request = fixture.verify ?? {
          options: fixture.dispatch.options,
          secret_data: fixture.dispatch.secret_data,
        };
        const res = await client.call('Protocol.verify', request);
        expectThat(Object.keys(res).length === 0, `verify answered ${JSON.stringify(res)}, not Empty`);
      },
    },
    {
      name: 'Notification.dispatch delivers every notification type',
      async run(client) {
        for (const type of NOTIFICATION_TYPES) {
          const res = await dispatch(client, type);
          expectThat(Object.keys(res).length === 0, `dispatch ${type} answered ${JSON.stringify(res)}, not Empty`);
          await fixture.delivered?.(type);
        }
      },
    },
    {
      name: 'Notification.dispatch without a required channel key answers ERROR_REQUIRED_PARAMETER naming it',
      async run(client) {
        const schema = await channelSchema(client, fixture.dispatch.options);
        for (const key of schema.required ?? []) {
          const channel_data = { ...fixture.dispatch.channel_data };
          delete channel_data[key];
          const err = await expectFailure(
            dispatch(client, 'INFO', { channel_data }),
            `dispatch without channel_data.${key}`,
          );
          const expected = `ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.${key})`;
          expectThat(
            err.codeName === 'INVALID_ARGUMENT' && err.details === expected,
            `without channel_data.${key}: ${err.codeName} ${err.details}; expected INVALID_ARGUMENT ${expected}`,
          );
        }
      },
    },
    {
      name: 'Notification.dispatch without notification_type answers INVALID_ARGUMENT',
      async run(client) {
        const err = await expectFailure(
          dispatch(client, 'NOTIFICATION_TYPE_NONE'),
          'dispatch without notification_type',
        );
        expectThat(
          err.codeName === 'INVALID_ARGUMENT' && err.details?.startsWith('ERROR_'),
          `answered ${err.codeName} ${err.details}`,
        );
      },
    },
  ];
}

/** A protocol harness's `checks` and `alertManagerChecks` from one fixture. */
export function protocolSuites(fixture: ProtocolFixture): {
  checks: ConformanceCheck[];
  alertManagerChecks: ConformanceCheck[];
} {
  return { checks: protocolChecks(fixture), alertManagerChecks: protocolChecks(fixture, { api: 'alert_manager' }) };
}
