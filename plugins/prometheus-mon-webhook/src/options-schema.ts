import type { JsonSchema } from '@cloudforet/plugin-core';

/** No options: Alertmanager's payload says everything. */
export const optionsSchema: JsonSchema = { type: 'object', properties: {}, examples: [{}] };
