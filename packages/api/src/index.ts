// @cloudforet/api: code generated from proto/ by `npm run proto`.
//
// Types and grpc-js service definitions live under `@cloudforet/api/gen/<proto path>`
// (e.g. `@cloudforet/api/gen/spaceone/api/notification/plugin/protocol`), field
// names as in the .proto files; the legacy 1.x sets under `@cloudforet/api/gen-legacy/<set>/...`, the
// alert-manager plugin API under `@cloudforet/api/gen-alert-manager/{webhook,protocol}/...`.
// The descriptor sets below are what reflection serves, byte for byte.
export { mainDescriptorSet } from './descriptors/main';
export { identityV1DescriptorSet } from './descriptors/identity-v1';
export { repositoryV1DescriptorSet } from './descriptors/repository-v1';
export { alertManagerWebhookDescriptorSet } from './descriptors/alert-manager-webhook';
export { alertManagerProtocolDescriptorSet } from './descriptors/alert-manager-protocol';
