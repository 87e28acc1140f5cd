import type { DescMethod, DescService, FileRegistry, Message } from '@bufbuild/protobuf';
import type { Client } from '@grpc/grpc-js';
import { ConnectError } from '../errors/connect-error';
import { parseDict } from '../json/parse-dict';
import type { ReflectionVersion } from '../reflection/reflection-client';
import type { CallOptions } from './call-options';
import { openChannel, waitForReady } from './open-channel';
import { reflectServices } from './reflect-services';
import { serverStreamCall } from './server-stream-call';
import { unaryCall } from './unary-call';

export interface ConnectOptions {
  /** How long the channel may take to become READY. Default 3000, the core's `channel_ready_future(...).result(timeout=3)`. */
  readyTimeoutMs?: number;
  /** Reflection service to ask. Default `v1alpha`, the only one the Python core calls. */
  reflection?: ReflectionVersion;
}

/**
 * A client that talks to a plugin the way the Cloudforet 2.x core does
 * (`SpaceConnector` over `pygrpc.client`): it knows only the endpoint, learns
 * the API from server reflection, builds requests with ParseDict rules and
 * reads responses with MessageToDict rules.
 */
export class CoreClient {
  private constructor(
    private readonly endpoint: string,
    private readonly client: Client,
    /** Full service names from list_services, in server order. */
    readonly services: string[],
    /** Short service name -> method names, like the core's `api_resources`. */
    readonly methods: Record<string, string[]>,
    /** Built only from the FileDescriptorProtos the plugin reflected. */
    readonly registry: FileRegistry,
    /** Short service name -> the service a `Service.method` call goes to (the last listed wins, as with `setattr`). */
    private readonly stubs: Map<string, DescService>,
  ) {}

  static async connect(endpoint: string, opts: ConnectOptions = {}): Promise<CoreClient> {
    const readyTimeoutMs = opts.readyTimeoutMs ?? 3000;
    let client: Client;
    try {
      client = openChannel(endpoint);
    } catch (error) {
      throw new ConnectError(`Endpoint is invalid: ${(error as Error).message}`, { cause: error });
    }
    try {
      if (!(await waitForReady(client, readyTimeoutMs))) {
        throw new ConnectError(`Channel is not ready. (endpoint = ${endpoint}, waited ${readyTimeoutMs} ms)`);
      }
      const { services, registry } = await reflectServices(client, opts.reflection ?? 'v1alpha', endpoint);
      const methods: Record<string, string[]> = {};
      const stubs = new Map<string, DescService>();
      for (const name of services) {
        const service = registry.getService(name)!;
        // api_resources gets an entry only from a method loop, so a service without methods has none.
        for (const method of service.methods) (methods[service.name] ??= []).push(method.name);
        stubs.set(service.name, service);
      }
      return new CoreClient(endpoint, client, services, methods, registry, stubs);
    } catch (error) {
      client.close();
      throw error;
    }
  }

  /** The request message the core would send: ParseDict rules, throws ParseDictError. */
  buildRequest(method: string, params: Record<string, unknown>): Message {
    return parseDict(this.route(method).input, params ?? {}, this.registry);
  }

  /** `unary`, `server_streaming`, … of `Service.method` as `call`/`stream` route it; undefined when not served. */
  methodKind(method: string): string | undefined {
    try {
      return this.route(method).methodKind;
    } catch {
      return undefined;
    }
  }

  /** A unary call, like `SpaceConnector.dispatch`; resolves to the response as MessageToDict. */
  async call(
    method: string,
    params: Record<string, unknown>,
    opts: CallOptions = {},
  ): Promise<Record<string, unknown>> {
    const target = this.route(method);
    if (target.methodKind !== 'unary') throw new Error(`${method} is ${target.methodKind}; use stream()`);
    const request = parseDict(target.input, params ?? {}, this.registry);
    return unaryCall(this.client, target, request, method, opts, this.registry);
  }

  /** A server-streaming call. The request is built and sent now; routing and ParseDict errors throw here. */
  stream(
    method: string,
    params: Record<string, unknown>,
    opts: CallOptions = {},
  ): AsyncIterable<Record<string, unknown>> {
    const target = this.route(method);
    if (target.methodKind !== 'server_streaming') throw new Error(`${method} is ${target.methodKind}; use call()`);
    const request = parseDict(target.input, params ?? {}, this.registry);
    return serverStreamCall(this.client, target, request, method, opts, this.registry);
  }

  close(): void {
    this.client.close();
  }

  /** `SpaceConnector._parse_method` and `_check_method`. */
  private route(method: string): DescMethod {
    const parts = method.split('.');
    if (parts.length !== 2) throw new Error(`Method is invalid. (endpoint = ${this.endpoint}, method = ${method})`);
    const [resource, verb] = parts as [string, string];
    const supported = Object.hasOwn(this.methods, resource) ? this.methods[resource] : undefined;
    const target = supported?.includes(verb)
      ? this.stubs.get(resource)?.methods.find((m) => m.name === verb)
      : undefined;
    if (!target) throw new Error(`Method not supported. (endpoint = ${this.endpoint}, method = ${resource}.${verb})`);
    return target;
  }
}
