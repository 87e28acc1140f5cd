import type { DescService } from '@bufbuild/protobuf';
import { ConnectError, CoreClient } from '@cloudforet/plugin-testing';
import { RegisterError } from './register-error';
import type { RepositoryApi } from './register-request';
import { apiOfRegisterRequest, PLUGIN_SERVICE } from './repository-api';
import { repositoryEndpoint } from './repository-endpoint';
import { whyUnreachable } from './why-unreachable';

export interface ReflectedRepository {
  api: RepositoryApi;
  /** The server's own `spaceone.api.repository.v1.Plugin`, from its reflected descriptors. */
  service: DescService;
}

/** Asks the Repository's server reflection which API it speaks; nothing is registered or changed. */
export async function reflectRepository(endpoint: string): Promise<ReflectedRepository> {
  const { address, tls } = repositoryEndpoint(endpoint);
  let client: CoreClient;
  try {
    client = await CoreClient.connect(`${tls ? 'grpc+ssl' : 'grpc'}://${address}`, { readyTimeoutMs: 3000 });
  } catch (error) {
    if (!(error instanceof ConnectError)) throw error;
    const reason = error.message.startsWith('Channel is not ready')
      ? await whyUnreachable(address, tls)
      : `its server reflection failed (${error.message})`;
    throw new RegisterError(`cannot reach the repository at ${address}: ${reason}`);
  }
  try {
    const service = client.services.includes(PLUGIN_SERVICE) ? client.registry.getService(PLUGIN_SERVICE) : undefined;
    if (!service)
      throw new RegisterError(
        `${address} is not a Repository: it serves no ${PLUGIN_SERVICE} (it serves ${client.services.join(', ') || 'nothing'})`,
      );
    const register = service.methods.find((m) => m.name === 'register');
    const api = register && apiOfRegisterRequest(register.input);
    if (!api)
      throw new RegisterError(
        `the repository at ${address} has a Plugin.register of an unknown API (request ${register?.input.typeName ?? 'none'}): nothing was sent`,
      );
    return { api, service };
  } finally {
    client.close();
  }
}
