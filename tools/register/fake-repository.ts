// A loopback stand-in of Cloudforet's Repository service (`cfplugin repository` runs it; the specs too) (repository.v1.Plugin), served by plugin-core
// like a real plugin, so reflection describes it too (CoreClient / spacectl / the Python client can call it).
// It records every request with its `token` header; `get` of an unknown plugin_id answers NOT_FOUND.
import {
  createLogger,
  definePlugin,
  implement,
  notFound,
  startServer,
  type CallContext,
  type Handlers,
} from '@cloudforet/plugin-core';
import { repositoryV1DescriptorSet } from '@cloudforet/api';
import { PluginService as PluginServiceV2 } from '@cloudforet/api/gen/spaceone/api/repository/v1/plugin';
import { PluginService as PluginServiceV1 } from '@cloudforet/api/gen-legacy/repository-v1/spaceone/api/repository/v1/plugin';
import { LogCapture } from '@cloudforet/plugin-testing';

export interface RecordedRepositoryCall {
  method: 'get' | 'register' | 'update';
  /** The request as the server decoded it (ts-proto: Structs as plain objects, enums by name). */
  request: Record<string, unknown>;
  /** The `token` metadata, as received. */
  token: string | undefined;
}

export interface FakeRepository {
  /** `127.0.0.1:<port>`. */
  endpoint: string;
  api: 'v1' | 'v2';
  calls: RecordedRepositoryCall[];
  /** Plugins by plugin_id; `register` adds one. */
  plugins: Map<string, Record<string, unknown>>;
  /** The next call of a method throws this (e.g. a PluginError), after being recorded. */
  faults: Partial<Record<RecordedRepositoryCall['method'], Error>>;
  close(): Promise<void>;
}

export async function startFakeRepository(
  opts: {
    api?: 'v1' | 'v2';
    existing?: Record<string, unknown>[];
    /** Default 0: a free port. */
    port?: number;
    /** Told of every call once it is recorded (`cfplugin repository` prints them). */
    onCall?: (call: RecordedRepositoryCall) => void;
  } = {},
): Promise<FakeRepository> {
  const api = opts.api ?? 'v2';
  const calls: RecordedRepositoryCall[] = [];
  const plugins = new Map<string, Record<string, unknown>>();
  for (const p of opts.existing ?? []) plugins.set(String(p.plugin_id), p);

  const faults: FakeRepository['faults'] = {};
  const record = (method: RecordedRepositoryCall['method'], request: object, ctx: CallContext) => {
    const call = { method, request: { ...request }, token: ctx.metadata.get('token')[0]?.toString() };
    calls.push(call);
    opts.onCall?.(call);
    const fault = faults[method];
    delete faults[method];
    if (fault) throw fault;
  };
  const get = (request: { plugin_id?: string }, ctx: CallContext) => {
    record('get', request, ctx);
    const found = plugins.get(request.plugin_id ?? '');
    if (!found) throw notFound('plugin_id', request.plugin_id ?? '');
    return found;
  };
  const register = (request: Record<string, unknown>, ctx: CallContext) => {
    record('register', request, ctx);
    // 2.x defaults plugin_id to the image's last path segment; 1.x generated one.
    const plugin_id = (request.plugin_id as string) || String(request.image).split('/').pop()!;
    const info = { ...request, plugin_id, state: 'ENABLED' };
    plugins.set(plugin_id, info);
    return info;
  };
  const update = (request: Record<string, unknown>, ctx: CallContext) => {
    record('update', request, ctx);
    const info = { ...plugins.get(String(request.plugin_id)), ...request };
    plugins.set(String(request.plugin_id), info);
    return info;
  };

  // One set of loosely typed handlers serves both APIs: the fake stores whatever each request holds.
  const handlers = { get, register, update };
  const service =
    api === 'v1'
      ? implement(PluginServiceV1, handlers as unknown as Handlers<typeof PluginServiceV1>)
      : implement(PluginServiceV2, handlers as unknown as Handlers<typeof PluginServiceV2>);
  const running = await startServer(
    definePlugin({
      name: 'fake-repository',
      version: api === 'v1' ? '1.12.54' : '2.0.430',
      services: [service],
      descriptorSets: api === 'v1' ? [repositoryV1DescriptorSet] : undefined,
    }),
    {
      host: '127.0.0.1',
      port: opts.port ?? 0,
      graceMs: 0,
      logger: createLogger({ format: 'json', destination: new LogCapture().destination }),
    },
  );
  return { endpoint: running.endpoint, api, calls, plugins, faults, close: () => running.shutdown() };
}
