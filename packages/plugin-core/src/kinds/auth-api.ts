import { invalidParameter } from '../errors/plugin-error';

export type AuthApi = 'v1' | 'v2';

/** Identity plugins: `AUTH_API=v1` serves 1.x's `Auth` instead of 2.x's `ExternalAuth` (one proto set per process, as the message names collide). */
export function authApiOf(env: NodeJS.ProcessEnv): AuthApi {
  const value = env.AUTH_API ?? 'v2';
  if (value !== 'v1' && value !== 'v2')
    throw invalidParameter('env.AUTH_API', 'v1 (identity 1.x Auth) or v2 (ExternalAuth)');
  return value;
}
