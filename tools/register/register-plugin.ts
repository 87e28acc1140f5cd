import { status, type ServiceError } from '@grpc/grpc-js';
import type { PluginManifest } from '../manifest/plugin-manifest';
import { RegisterError } from './register-error';
import { toRegisterRequest, toUpdateRequest, type RepositoryApi } from './register-request';
import { RepositoryClient } from './repository-client';

export interface RegisterOptions {
  /** `grpc://host:port`, `grpc+ssl://host:port` or `host:port` of the Repository service. */
  endpoint: string;
  /** Sent as `token` metadata; default `$CLOUDFORET_TOKEN`, then `$SPACEONE_TOKEN`. */
  token?: string;
  /** Default v2 (RegisterPluginRequest); v1 sends the 1.x CreatePluginRequest. */
  api?: RepositoryApi;
  /** Required with `api: 'v1'`: 1.x requests carry the domain in the body. */
  domainId?: string;
  env?: NodeJS.ProcessEnv;
}

export interface RegisterResult {
  action: 'registered' | 'updated';
  /** The request sent (register or update). */
  request: Record<string, unknown>;
  /** PluginInfo the repository answered. */
  plugin: Record<string, unknown>;
}

/** Registers the plugin, or updates it when `Plugin.get` finds its plugin_id. Throws RegisterError. */
export async function registerPlugin(m: PluginManifest, opts: RegisterOptions): Promise<RegisterResult> {
  const env = opts.env ?? process.env;
  const token = opts.token || env.CLOUDFORET_TOKEN || env.SPACEONE_TOKEN;
  if (!token)
    throw new RegisterError('a token is required: --token, or $CLOUDFORET_TOKEN or $SPACEONE_TOKEN in the environment');
  const api = opts.api ?? 'v2';
  if (api === 'v1' && !opts.domainId) throw new RegisterError('--domain-id is required with --api v1');
  const domain = api === 'v1' ? { domain_id: opts.domainId } : {};
  let registerRequest: Record<string, unknown>;
  try {
    registerRequest = toRegisterRequest(m, { api, domainId: opts.domainId });
  } catch (error) {
    throw new RegisterError((error as Error).message);
  }

  const client = new RepositoryClient(opts.endpoint, api, token);
  try {
    let exists = true;
    try {
      await client.call('get', { plugin_id: m.plugin_id, ...domain });
    } catch (error) {
      if ((error as ServiceError).code !== status.NOT_FOUND) throw client.describeFailure(error);
      exists = false;
    }
    const request = exists ? toUpdateRequest(m, { api, domainId: opts.domainId }) : registerRequest;
    try {
      const plugin = await client.call(exists ? 'update' : 'register', request);
      return { action: exists ? 'updated' : 'registered', request, plugin };
    } catch (error) {
      throw client.describeFailure(error);
    }
  } finally {
    client.close();
  }
}
