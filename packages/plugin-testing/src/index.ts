export { CoreClient, type ConnectOptions } from './client/core-client';
export { type CallOptions } from './client/call-options';
export { rawUnary, type RawAnswer } from './client/raw-unary';
export { CoreCallError } from './errors/core-call-error';
export { ParseDictError } from './errors/parse-dict-error';
export { ConnectError } from './errors/connect-error';
export { ReflectionClient, type ReflectionVersion, type ReflectedFiles } from './reflection/reflection-client';
export { ReflectionError, ReflectionNotFoundError } from './reflection/reflection-errors';
export { LogCapture } from './secrets/log-capture';
export { assertNoSecrets, findSecrets, type SecretLeak } from './secrets/find-secrets';
export { runConformance, type ConformanceCheck, type ConformanceResult } from './conformance/conformance-check';
export { commonChecks, coreKeysCheck } from './conformance/common-checks';
export {
  protocolChecks,
  protocolSuites,
  PROTOCOL_CORE_KEYS,
  type ProtocolFixture,
} from './conformance/protocol-checks';
export { EXAMPLE_ALERT_MESSAGE } from './conformance/example-alert-message';
export { collectorChecks, COLLECTOR_CORE_KEYS, type CollectorFixture } from './conformance/collector-checks';
export { dataSourceChecks, DATASOURCE_CORE_KEYS, type DataSourceFixture } from './conformance/datasource-checks';
export { webhookChecks, webhookSuites, WEBHOOK_CORE_KEYS, type WebhookFixture } from './conformance/webhook-checks';
export {
  externalAuthChecks,
  EXTERNAL_AUTH_CORE_KEYS,
  type ExternalAuthFixture,
  type Credentials as ExternalAuthCredentials,
} from './conformance/external-auth-checks';
export { genericChecks, kindOfServices, type PluginKind } from './conformance/plugin-kind';
export { describeConformance } from './conformance/describe-conformance';
export { type PluginHarness } from './harness/plugin-harness';
export { describeAlertManagerDelivery, type AlertManagerDelivery } from './harness/describe-alert-manager-delivery';
export {
  describeHarnessConformance,
  type HarnessConformance,
  type HarnessRun,
} from './harness/describe-harness-conformance';
export {
  callLikePythonCore,
  pythonCoreAvailable,
  PYTHON,
  type PythonCoreRun,
  type PythonCallResult,
} from './python-core/python-core-client';
export { describePythonCore } from './python-core/describe-python-core';
export { parseEndpoint, type ParsedEndpoint } from './endpoint/parse-endpoint';
export { fuzzPlugin, type FuzzOptions } from './fuzz/fuzz-plugin';
export { describeFuzz, type FuzzSetup, type DescribeFuzzOptions } from './fuzz/describe-fuzz';
export { fuzzSettings, CI_FUZZ_SEED, CI_FUZZ_RUNS, NIGHTLY_FUZZ_RUNS, type FuzzSettings } from './fuzz/fuzz-env';
export { buildCase, type FuzzRpc, type FuzzCase, type DictCase, type RawCase } from './fuzz/fuzz-case';
export {
  formatFailures,
  formatSummary,
  type FuzzReport,
  type FuzzFailure,
  type FuzzProperty,
} from './fuzz/fuzz-report';
export { classifyOutcome, CLEAN_DETAILS, type Outcome } from './fuzz/classify-outcome';
export { mutateRequest, type MutatorOptions, type MutatedRequest } from './fuzz/mutate-request';
export { mutateBytes, type MutatedBytes } from './fuzz/mutate-bytes';
export { Prng, caseSeed, randomSeed } from './fuzz/prng';
export { describeGoldenPayloads, type GoldenOptions } from './golden/describe-golden-payloads';
export { loadGoldenPayloads, NOW, type GoldenPayload } from './golden/golden-payload';
export { describeLargeBody, type LargeBodyOptions } from './golden/describe-large-body';
export { describeWebhookFuzz, type WebhookFuzzOptions, type WebhookFuzzStart } from './golden/describe-webhook-fuzz';
export { IMAGE_HEAP_LIMIT_MIB, IMAGE_MEMORY_LIMIT_MIB, IMAGE_NODE_ARGS } from './image/image-runtime';
export { cpuSeconds, peakRssMB } from './image/process-usage';
export { bundlePlugin, runBundledPlugin, type BundledPlugin } from './bundle/run-bundled-plugin';
export { startInProcess, callFailure, type InProcessPlugin, type InProcessOptions } from './harness/start-in-process';
export { startCollector, type CollectorUnderTest, type CollectorMessage } from './collector-kit/collector-under-test';
export { cloudServiceCounts, type TypeCounts } from './collector-kit/cloud-service-counts';
export { sandboxCollectorHarness, type SandboxCollector } from './collector-kit/sandbox-collector-harness';
export { cancelCollect, callsAfterCancel, type CancelledCollect } from './collector-kit/cancel-collect';
export { UPSTREAM_RESOURCE_TYPES, UPSTREAM_INIT_METADATA } from './collector-kit/upstream-init-metadata';
