import { status, type ServiceError } from '@grpc/grpc-js';
import type { PluginManifest } from '../manifest/plugin-manifest';
import { reflectRepository } from './reflect-repository';
import { RegisterError } from './register-error';
import { toRegisterRequest, toUpdateRequest, type RepositoryApi } from './register-request';
import { API_NAMES, fieldsThatWouldBeLost, ourRequestMessage, type RepositoryMethod } from './repository-api';
import { RepositoryClient } from './repository-client';

export interface RegisterOptions {
  /** `grpc://host:port`, `grpc+ssl://host:port` or `host:port` of the Repository service. */
  endpoint: string;
  /** Sent as `token` metadata; default `$CLOUDFORET_TOKEN`, then `$SPACEONE_TOKEN`. */
  token?: string;
  /**
   * The API to speak. Default v2 (RegisterPluginRequest); v1 sends the 1.x CreatePluginRequest; auto takes
   * what the server's reflection says. Either way a server of the other version is refused before sending.
   */
  api?: RepositoryApi | 'auto';
  /** Required with a 1.x Repository: 1.x requests carry the domain in the body. */
  domainId?: string;
  env?: NodeJS.ProcessEnv;
}

export interface RegisterResult {
  action: 'registered' | 'updated';
  /** The API used (the server's, learnt by reflection). */
  api: RepositoryApi;
  /** The request sent (register or update). */
  request: Record<string, unknown>;
  /** PluginInfo the repository answered. */
  plugin: Record<string, unknown>;
}

/**
 * Registers the plugin, or updates it when `Plugin.get` finds its plugin_id. Before sending anything it
 * reflects the Repository: a server of the other API version, or one whose messages lack a field we
 * send, is refused (its field numbers differ, so fields would be silently lost). Throws RegisterError.
 */
export async function registerPlugin(m: PluginManifest, opts: RegisterOptions): Promise<RegisterResult> {
  const env = opts.env ?? process.env;
  const token = opts.token || env.CLOUDFORET_TOKEN || env.SPACEONE_TOKEN;
  if (!token)
    throw new RegisterError('a token is required: --token, or $CLOUDFORET_TOKEN or $SPACEONE_TOKEN in the environment');
  const asked = opts.api ?? 'v2';
  if (asked === 'v1' && !opts.domainId) throw new RegisterError('--domain-id is required with --api v1');

  const reflected = await reflectRepository(opts.endpoint);
  const api = reflected.api;
  if (asked !== 'auto' && asked !== api)
    throw new RegisterError(
      `the repository at ${opts.endpoint} speaks the ${API_NAMES[api]} API, but the ${API_NAMES[asked]} API was asked for ` +
        `(--api ${asked}${opts.api ? '' : ', the default'}); nothing was sent, since its field numbers differ and ` +
        `fields would be lost. Use --api ${api}${api === 'v1' ? ' --domain-id <D>' : ''}, or --api auto.`,
    );
  if (api === 'v1' && !opts.domainId)
    throw new RegisterError(`the repository at ${opts.endpoint} speaks the 1.x API, which needs --domain-id`);

  const domain = api === 'v1' ? { domain_id: opts.domainId } : {};
  let requests: Record<RepositoryMethod, Record<string, unknown>>;
  try {
    requests = {
      get: { plugin_id: m.plugin_id, ...domain },
      register: toRegisterRequest(m, { api, domainId: opts.domainId }),
      update: toUpdateRequest(m, { api, domainId: opts.domainId }),
    };
  } catch (error) {
    throw new RegisterError((error as Error).message);
  }
  for (const method of ['get', 'register', 'update'] as const) {
    const theirs = reflected.service.methods.find((x) => x.name === method)?.input;
    const lost = theirs
      ? fieldsThatWouldBeLost(theirs, ourRequestMessage(api, method), requests[method])
      : ['(method)'];
    if (lost.length)
      throw new RegisterError(
        `the repository at ${opts.endpoint} (${API_NAMES[api]} API) would not read ${lost.join(', ')} of Plugin.${method}` +
          ` as sent (missing or numbered differently in its ${theirs?.name ?? 'service'}); nothing was sent`,
      );
  }

  const client = new RepositoryClient(opts.endpoint, api, token);
  try {
    let exists = true;
    try {
      await client.call('get', requests.get);
    } catch (error) {
      if ((error as ServiceError).code !== status.NOT_FOUND) throw await client.describeFailure(error);
      exists = false;
    }
    const request = exists ? requests.update : requests.register;
    try {
      const plugin = await client.call(exists ? 'update' : 'register', request);
      return { action: exists ? 'updated' : 'registered', api, request, plugin };
    } catch (error) {
      throw await client.describeFailure(error);
    }
  } finally {
    client.close();
  }
}
