// The protoc-built descriptor sets that reflection serves verbatim: each one parses, every file's
// dependencies are in the same set, and the well-known types keep protoc's snake_case field names.
import { createFileRegistry, fromBinary } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { identityV1DescriptorSet, mainDescriptorSet, repositoryV1DescriptorSet } from '../src';

describe.each([
  [
    'main',
    mainDescriptorSet,
    'spaceone/api/notification/plugin/protocol.proto',
    'spaceone.api.notification.plugin.Protocol',
  ],
  [
    'identity-v1',
    identityV1DescriptorSet,
    'spaceone/api/identity/plugin/auth.proto',
    'spaceone.api.identity.plugin.Auth',
  ],
  [
    'repository-v1',
    repositoryV1DescriptorSet,
    'spaceone/api/repository/v1/plugin.proto',
    'spaceone.api.repository.v1.Plugin',
  ],
])('descriptor set %s', (_name, bytes, file, service) => {
  const set = fromBinary(FileDescriptorSetSchema, bytes);
  const names = set.file.map((f) => f.name);

  it(`holds ${file}, with every dependency of every file`, () => {
    expect(names).toContain(file);
    for (const f of set.file) for (const dep of f.dependency) expect(names).toContain(dep);
  });

  it(`builds a registry that resolves ${service}`, () => {
    const registry = createFileRegistry(set);
    expect(registry.getService(service)?.methods.length).toBeGreaterThan(0);
  });

  it('carries protoc’s google/protobuf/struct.proto (snake_case number_value)', () => {
    const struct = set.file.find((f) => f.name === 'google/protobuf/struct.proto');
    const value = struct?.messageType.find((m) => m.name === 'Value');
    expect(value?.field.map((f) => f.name)).toContain('number_value');
  });
});
