/** Resources per `<Group>/<Type>`, e.g. `{ 'EC2/Instance': 240 }`. */
export type TypeCounts = Record<string, number>;

/** CloudServices per `<Group>/<Type>` among streamed messages. */
export function cloudServiceCounts(resources: Record<string, unknown>[]): TypeCounts {
  const counts: TypeCounts = {};
  for (const r of resources) {
    if (r.resource_type !== 'inventory.CloudService') continue;
    const res = r.resource as { cloud_service_group: string; cloud_service_type: string };
    const key = `${res.cloud_service_group}/${res.cloud_service_type}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
