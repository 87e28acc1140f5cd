/**
 * A CloudService's `metadata` as the v2 SDK sends it: a reference to its CloudServiceType, whose
 * layouts the console shows for the resource.
 */
export function typeReference(provider: string, group: string, type: string): Record<string, unknown> {
  return {
    view: {
      sub_data: {
        reference: {
          resource_type: 'inventory.CloudServiceType',
          options: { provider, cloud_service_group: group, cloud_service_type: type },
        },
      },
    },
  };
}
