import { invalidParameter } from '@cloudforet/plugin-core';

export type AuthApi = 'v1' | 'v2';

/** `AUTH_API=v1` serves identity 1.x's `Auth` instead of 2.x's `ExternalAuth` (one set per process). */
export function authApiOf(env: NodeJS.ProcessEnv): AuthApi {
  const value = env.AUTH_API ?? 'v2';
  if (value !== 'v1' && value !== 'v2')
    throw invalidParameter('env.AUTH_API', 'v1 (identity 1.x Auth) or v2 (ExternalAuth)');
  return value;
}
