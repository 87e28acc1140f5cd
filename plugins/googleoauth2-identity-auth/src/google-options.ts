import { invalidParameterType, type JsonSchema } from '@cloudforet/plugin-core';

export interface GoogleOptions {
  client_id?: string;
  client_ids?: string[];
  validator?: string;
  domain?: string;
  check_audience?: boolean;
}

/** Type checks with the key path; every other key passes through (upstream merges them into the metadata). */
export function readOptions(options: Record<string, unknown> | undefined): GoogleOptions {
  const o = options ?? {};
  const check = (key: string, type: string, ok: (v: unknown) => boolean) => {
    if (o[key] !== undefined && o[key] !== null && !ok(o[key])) throw invalidParameterType(`options.${key}`, type);
  };
  for (const key of ['client_id', 'validator', 'domain']) check(key, 'string', (v) => typeof v === 'string');
  check('check_audience', 'boolean', (v) => typeof v === 'boolean');
  check('client_ids', 'list', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'));
  return o as GoogleOptions;
}

export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    client_id: { type: 'string', title: 'Google OAuth client ID (copied into the metadata for the console)' },
    auth_type: { type: 'string', title: 'Informational (google_oauth2)' },
    validator: { type: 'string', title: 'Only users whose e-mail ends with @<validator> may log in' },
    domain: { type: 'string', title: '1.x API: the e-mail domain of login and find (default gmail.com for find)' },
    check_audience: {
      type: 'boolean',
      default: false,
      title: 'Refuse tokens issued to another OAuth client than client_id / client_ids',
    },
    client_ids: { type: 'array', items: { type: 'string' }, title: 'With check_audience: more accepted client ids' },
  },
  examples: [
    {
      auth_type: 'google_oauth2',
      client_id: '123456789012-abc.apps.googleusercontent.com',
      validator: 'example.com',
      check_audience: true,
      protocol: 'oauth2',
      identity_provider: 'google',
    },
  ],
};
