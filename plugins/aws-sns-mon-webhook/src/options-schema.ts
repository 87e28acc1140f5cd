import type { JsonSchema } from '@cloudforet/plugin-core';

export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    verify_signature: {
      type: 'boolean',
      default: false,
      title: 'Verify SNS signatures',
      description:
        'Refuse any body that is not an SNS message signed by SNS (SignatureVersion 1 or 2; the signing certificate is fetched from the SNS endpoint over https and cached). Off by default, as upstream, which never verifies; direct EventBridge posts are then refused.',
    },
  },
  examples: [{}, { verify_signature: true }],
};
