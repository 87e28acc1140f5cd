import type { CoreClient } from '@cloudforet/plugin-testing';

/** `unary`, `server_streaming`, ... of `Service.method` as the core routes it (last listed service wins). */
export function methodKind(client: CoreClient, method: string): string | undefined {
  const [short, verb] = method.split('.');
  const service = client.services.filter((s) => s.split('.').pop() === short).pop();
  return service ? client.registry.getService(service)?.methods.find((m) => m.name === verb)?.methodKind : undefined;
}
