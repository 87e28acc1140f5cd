// @cloudforet/api: code generated from proto/ by `npm run proto`.
//
// Types and grpc-js service definitions live under `@cloudforet/api/gen/<proto path>`
// (e.g. `@cloudforet/api/gen/spaceone/api/notification/plugin/protocol`), field
// names as in the .proto files. The descriptor sets below are what reflection serves.
export { mainDescriptorSet } from './descriptors/main';
