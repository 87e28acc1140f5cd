import { invalidParameter, invalidParameterType, requiredParameter } from '../../errors/plugin-error';
import { requireKeys } from '../../validation/require-keys';
import type { JsonSchema } from '../../validation/json-schema';

/** The secret of an AWS service account as the core merges it (keys, plus the role of a trusting secret). */
export interface AwsSecret {
  aws_access_key_id: string;
  aws_secret_access_key: string;
  aws_session_token?: string;
  role_arn?: string;
  external_id?: string;
  region_name?: string;
}

const keys = {
  aws_access_key_id: { type: 'string', title: 'AWS Access Key', minLength: 4 },
  aws_secret_access_key: { type: 'string', title: 'AWS Secret Key', minLength: 4 },
};

/** The identity service's managed schemas this plugin accepts (`capability.supported_schema`). */
export const AWS_SECRET_SCHEMAS: Record<string, JsonSchema> = {
  aws_access_key: { type: 'object', required: ['aws_access_key_id', 'aws_secret_access_key'], properties: keys },
  aws_assume_role: {
    type: 'object',
    required: ['aws_access_key_id', 'aws_secret_access_key', 'role_arn'],
    properties: { ...keys, role_arn: { type: 'string', title: 'Role ARN' } },
  },
  aws_assume_role_with_external_id: {
    type: 'object',
    required: ['aws_access_key_id', 'aws_secret_access_key', 'role_arn', 'external_id'],
    properties: {
      ...keys,
      role_arn: { type: 'string', title: 'Role ARN' },
      external_id: { type: 'string', title: 'External ID' },
    },
  },
};

/** The secret, or INVALID_ARGUMENT naming the missing or mistyped key (`secret_data.aws_secret_access_key`). */
export function awsSecretOf(secret: Record<string, unknown> | undefined): AwsSecret {
  const data = secret ?? {};
  requireKeys({ secret_data: data }, ['secret_data.aws_access_key_id', 'secret_data.aws_secret_access_key']);
  for (const key of ['aws_access_key_id', 'aws_secret_access_key'])
    if (data[key] === '') throw requiredParameter(`secret_data.${key}`);
  for (const key of [
    'aws_access_key_id',
    'aws_secret_access_key',
    'aws_session_token',
    'role_arn',
    'external_id',
    'region_name',
  ])
    if (data[key] !== undefined && data[key] !== null && typeof data[key] !== 'string')
      throw invalidParameterType(`secret_data.${key}`, 'string');
  // Checked before they reach a signature or a header (a control character there is an SDK crash).
  if (!/^[A-Z0-9]{16,128}$/.test(data.aws_access_key_id as string))
    throw invalidParameter('secret_data.aws_access_key_id', 'not an AWS access key id (16 to 128 letters and digits)');
  for (const key of ['aws_secret_access_key', 'aws_session_token', 'role_arn', 'external_id', 'region_name'])
    if (typeof data[key] === 'string' && /[\s\u0000-\u001f\u007f]/.test(data[key] as string))
      throw invalidParameter(`secret_data.${key}`, 'contains whitespace or control characters');
  return data as unknown as AwsSecret;
}
