export { MATCH_RULES, matchRules } from './match-rules';
export {
  cloudService,
  cloudServiceType,
  errorResource,
  metric,
  namespace,
  region,
  type CloudServiceInput,
  type CloudServiceTypeInput,
  type DataFormat,
  type ErrorResourceInput,
  type RegionInput,
} from './resource-builders';
export { mergeBounded, concurrencyLimit, type StreamSource } from './merge-bounded';
export { pages, allPages, chunks } from './pages';
export { TypeStats } from './type-stats';
export { typeMetadata, type Field, type SearchKey, type Widget } from './type-metadata';
export { detailLayout, type DetailLayout } from './detail-layouts';
export { followSignal } from './follow-signal';
export { collectorMetadata, COLLECTOR_RESOURCE_TYPES } from './collector-metadata';
export { collectorHandlers, type CollectorImplementation } from './collector-handlers';
export { taskOptionsOf } from './collect-task';
export { typeFailure, type FailedPart } from './type-failure';
export { typeReference } from './type-reference';
export { logCollectSummary, type ProviderCalls } from './collect-summary';
export { warnSkippedGroups } from './skipped-groups';
