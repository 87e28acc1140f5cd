/** The resource types every upstream collector's `init` names (what a spec expects of ours). */
export const UPSTREAM_RESOURCE_TYPES = [
  'inventory.CloudService',
  'inventory.CloudServiceType',
  'inventory.Region',
  'inventory.ErrorResource',
];

/** The keys of `Collector.init`'s metadata every upstream collector answers alike. */
export const UPSTREAM_INIT_METADATA = {
  supported_schedules: ['hours'],
  supported_features: ['garbage_collection'],
  filter_format: [],
};
