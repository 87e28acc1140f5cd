import { badInputCheck } from './bad-input-check';
import { isObject, isStringList, type Dict } from './call-outcome';
import { commonChecks, coreKeysCheck } from './common-checks';
import type { ConformanceCheck } from './conformance-check';
import { initChecks } from './init-checks';
import { PROTOCOL_CORE_KEYS } from './protocol-checks';

/** `data_type` decides where notification stores channel data; `data.schema` renders the channel form. */
export function protocolMetadataProblems(metadata: Dict): string[] {
  const problems: string[] = [];
  if (!['SECRET', 'PLAIN_TEXT'].includes(String(metadata.data_type)))
    problems.push(`data_type is ${JSON.stringify(metadata.data_type)}, not SECRET or PLAIN_TEXT`);
  const schema = isObject(metadata.data) ? metadata.data.schema : undefined;
  if (!isObject(schema) || schema.type !== 'object' || !isObject(schema.properties)) {
    problems.push('data.schema is not an object schema with properties');
  } else {
    for (const key of isStringList(schema.required) ? schema.required : [])
      if (!(key in (schema.properties as Dict))) problems.push(`data.schema requires ${key}, which has no property`);
  }
  return problems;
}

/** The protocol checks that need no fixture (no channel to deliver to). */
export function protocolGenericChecks(): ConformanceCheck[] {
  return [
    ...commonChecks([
      { name: 'spaceone.api.notification.plugin.Protocol', methods: ['init', 'verify'] },
      { name: 'spaceone.api.notification.plugin.Notification', methods: ['dispatch'] },
    ]),
    coreKeysCheck(PROTOCOL_CORE_KEYS),
    ...initChecks({
      method: 'Protocol.init',
      request: { options: {} },
      problemsOf: protocolMetadataProblems,
      describes: 'data_type and a JSON schema of channel data',
      mayRequireOptions: true,
    }),
    badInputCheck('Protocol.verify and dispatch with empty data answer or fail cleanly, and the plugin keeps serving', [
      { method: 'Protocol.verify', params: { options: {}, secret_data: {} }, what: 'empty secret_data' },
      {
        method: 'Notification.dispatch',
        params: { options: {}, secret_data: {}, channel_data: {}, notification_type: 'INFO', message: {} },
        what: 'empty channel_data and message',
      },
    ]),
  ];
}
