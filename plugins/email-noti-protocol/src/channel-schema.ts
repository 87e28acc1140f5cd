import type { JsonSchema } from '@cloudforet/plugin-core';
import { RECIPIENTS_PATTERN } from './recipients';

/**
 * The channel form of upstream (`data_type: PLAIN_TEXT`: recipients are not secret): one
 * required `email`, the addresses to notify. Its pattern also takes semicolons and spaces.
 */
export const channelSchema: JsonSchema = {
  type: 'object',
  required: ['email'],
  properties: {
    email: {
      type: 'string',
      title: 'Email Address',
      minLength: 10,
      maxLength: 10_000,
      pattern: RECIPIENTS_PATTERN,
      description: 'Email address to receive notifications; several separated by commas or semicolons.',
      examples: ['user1@test.com, user2@test.com'],
    },
  },
};

/** What dispatch checks before reading the addresses itself (its errors say which entry is wrong). */
export const channelShape: JsonSchema = {
  type: 'object',
  required: ['email'],
  properties: { email: { type: 'string', maxLength: 10_000 } },
};
