import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createFileRegistry, fromBinary, type FileRegistry } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { splitFileDescriptorSet } from '@cloudforet/plugin-core';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const BUF = path.join(REPO_ROOT, 'node_modules/.bin/buf');

export interface BuiltSet {
  /** Each FileDescriptorProto as buf wrote it, in set order. */
  raw: Uint8Array[];
  registry: FileRegistry;
}

/** The plugin's own files: the notification protos plus grpc.health (which Python plugins also list). */
export const PLUGIN_PROTO_PATHS = ['proto/spaceone/api/notification', 'proto/grpc/health'];

/** The reflection protos, used only by the test server to answer reflection independently of the client's codec. */
export const REFLECTION_PROTO_PATHS = ['proto/grpc/reflection'];

/** `buf build proto --path ... --exclude-source-info -o -` in the repository, split into files. */
export function bufBuild(paths: readonly string[], input = 'proto', cwd = REPO_ROOT): BuiltSet {
  const set = execFileSync(
    BUF,
    ['build', input, ...paths.flatMap((p) => ['--path', p]), '--exclude-source-info', '-o', '-'],
    { cwd },
  );
  return { raw: splitFileDescriptorSet(set), registry: createFileRegistry(fromBinary(FileDescriptorSetSchema, set)) };
}
