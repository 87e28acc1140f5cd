import type { DescMethod } from '@bufbuild/protobuf';

/** `/<full service name>/<method>`, the path the core's stubs call. */
export function methodPath(method: DescMethod): string {
  return `/${method.parent.typeName}/${method.name}`;
}
