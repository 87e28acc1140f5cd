// Which Repository API a server speaks, learnt by gRPC server reflection before anything is sent:
// 2.x and 1.x both serve `spaceone.api.repository.v1.Plugin`, but with different request messages and
// field numbers, so a request of the other version would be decoded with fields silently lost.
import { createFileRegistry, fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { mainDescriptorSet, repositoryV1DescriptorSet } from '@cloudforet/api';
import type { RepositoryApi } from './register-request';

export const PLUGIN_SERVICE = 'spaceone.api.repository.v1.Plugin';
export type RepositoryMethod = 'get' | 'register' | 'update';

/** How each API is named to a user. */
export const API_NAMES: Record<RepositoryApi, string> = { v2: '2.x', v1: '1.x' };

/** `register`'s request message identifies the API: 2.x RegisterPluginRequest, 1.x CreatePluginRequest. */
const REGISTER_REQUEST: Record<string, RepositoryApi> = {
  'spaceone.api.repository.v1.RegisterPluginRequest': 'v2',
  'spaceone.api.repository.v1.CreatePluginRequest': 'v1',
};

const OURS: Record<RepositoryApi, Uint8Array> = { v2: mainDescriptorSet, v1: repositoryV1DescriptorSet };

/** The request message of `method` in our own descriptors of that API. */
export function ourRequestMessage(api: RepositoryApi, method: RepositoryMethod): DescMessage {
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, OURS[api]));
  return registry.getService(PLUGIN_SERVICE)!.methods.find((m) => m.name === method)!.input;
}

/** The API whose register request this is, or undefined for one neither version has. */
export function apiOfRegisterRequest(message: DescMessage): RepositoryApi | undefined {
  return REGISTER_REQUEST[message.typeName];
}

/**
 * The keys of `request` that the server's message lacks or numbers differently from ours:
 * each one would be dropped (or misread) on the server side. Empty when the request is safe to send.
 */
export function fieldsThatWouldBeLost(
  theirs: DescMessage,
  ours: DescMessage,
  request: Record<string, unknown>,
): string[] {
  return Object.keys(request).filter((key) => {
    const mine = ours.fields.find((f) => f.name === key);
    const their = theirs.fields.find((f) => f.name === key);
    return !mine || !their || mine.number !== their.number || mine.fieldKind !== their.fieldKind;
  });
}
