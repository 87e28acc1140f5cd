export { startSmtpSandbox, SANDBOX_SMTP_USER, SANDBOX_SMTP_PASSWORD } from './smtp/start-smtp-sandbox';
export { testCertificates, type TestCertificates } from './smtp/test-certificates';
export type {
  ReceivedMail,
  SmtpConnectionCounts,
  SmtpFault,
  SmtpSandbox,
  SmtpSandboxOptions,
  SmtpStage,
  SmtpTransaction,
} from './smtp/smtp-sandbox-types';
export { startSlackSandbox, DEFAULT_WEBHOOK_PATH } from './slack/start-slack-sandbox';
export { DEFAULT_CHANNELS } from './slack/channel-directory';
export { SANDBOX_IDENTITY } from './slack/handle-web-api-call';
export { DEFAULT_SLACK_SANDBOX_PORT, slackSandboxOptionsFromEnv } from './slack/slack-sandbox-env';
export type {
  RecordedRequest,
  RecordedSlackMessage,
  SlackChannel,
  SlackFault,
  SlackSandbox,
  SlackSandboxOptions,
} from './slack/slack-sandbox-types';
export { startConnectProxy, type ConnectProxy, type ConnectProxyOptions } from './proxy/start-connect-proxy';
export {
  startSandbox,
  type Sandbox,
  type SandboxOptions,
  type StandIn,
  type StandIns,
  type StandInName,
  type StandInOptions,
} from './all/start-sandbox';
export { startOidcSandbox, DEFAULT_OIDC_CLIENTS } from './oidc/start-oidc-sandbox';
export { DEFAULT_REALM_USERS, type RealmUser } from './oidc/realm-users';
export type { OidcSandbox, OidcSandboxOptions, OidcClientConfig } from './oidc/oidc-sandbox-types';
export { startGoogleSandbox, SANDBOX_GOOGLE_CLIENT_ID } from './google/start-google-sandbox';
export type { GoogleSandbox, GoogleSandboxOptions, GoogleTokenGrant } from './google/google-sandbox-types';
export { startGcpSandbox } from './google/start-gcp-sandbox';
export type { GcpApi, GcpSandbox, GcpSandboxOptions, GcpServiceAccountKey } from './google/gcp-sandbox-types';
export { GcpProject, GCP_MACHINE_TYPES, GCP_ZONES, DEFAULT_GCP_ZONES, zoneToRegion } from './google/gcp-world';
export type { GcpServiceAccount } from './google/jwt-bearer-grant';
export { MONITORING_METRICS, monitoringMetricSpec } from './google/monitoring-descriptors';
export type { MetricDescriptor, MonitoringMetricSpec } from './google/monitoring-descriptors';
export { monitoringSeries, rawSample, rawSampler, MONITORING_ALIGNERS } from './google/monitoring-series';
export type { MonitoringAligner, MonitoringPoint, MonitoringSeriesKey } from './google/monitoring-series';
export { parseMonitoringFilter, FilterSyntaxError } from './google/monitoring-filter';
export { MonitoringApi, googleTime, type MonitoringOptions } from './google/monitoring-api';
export { startTelegramSandbox } from './telegram/start-telegram-sandbox';
export { DEFAULT_TELEGRAM_CHATS } from './telegram/chat-directory';
export { parseTelegramHtml, TelegramHtmlError } from './telegram/parse-telegram-html';
export type {
  RecordedBotApiRequest,
  RecordedTelegramMessage,
  TelegramChat,
  TelegramEntity,
  TelegramFault,
  TelegramSandbox,
  TelegramSandboxOptions,
} from './telegram/telegram-sandbox-types';
export { startSnsSandbox } from './sns/start-sns-sandbox';
export type { SnsSandbox, SnsSandboxOptions, SnsEnvelope } from './sns/sns-sandbox-types';
export { TestCertificateAuthority, type IssuedCertificate } from './sns/test-certificates';
export { startAwsSandbox, DEFAULT_AWS_REGIONS } from './aws/start-aws-sandbox';
export type { AwsSandbox, AwsSandboxOptions } from './aws/aws-sandbox-types';
export { DEFAULT_ACCESS_KEY, DEFAULT_ACCOUNT_ID, type AwsAccessKey, type AwsRole } from './aws/aws-identities';
export { Ec2Region, INSTANCE_TYPES } from './aws/ec2-world';
export { cloudWatchSeries, cloudWatchValue, GAP_RATE, type SeriesKey, type SeriesPoint } from './aws/cloudwatch-series';
export {
  cloudWatchMetricSpecs,
  runsCloudWatchAgent,
  type CloudWatchMetric,
  type MetricSpec,
} from './aws/cloudwatch-catalog';
export { CLOUDWATCH_LIMITS, periodStarts } from './aws/cloudwatch-actions';
export { CallLog, type CallRecord } from './cloud/call-log';
export { CloudFaults, type CloudFaultOptions, type InjectedFault } from './cloud/cloud-faults';
export { startOtlpSandbox } from './otlp/start-otlp-sandbox';
export type { OtlpSandbox, OtlpSandboxOptions, ReceivedSpan } from './otlp/otlp-sandbox-types';
export { startAzureSandbox, AZURE_API_VERSIONS } from './azure/start-azure-sandbox';
export type { AzureSandbox, AzureSandboxOptions, AzureSecretData } from './azure/azure-sandbox-types';
export { AzureSubscription, AZURE_LOCATIONS, AZURE_VM_SIZES, DEFAULT_AZURE_LOCATIONS } from './azure/azure-world';
export type { AzureServicePrincipal } from './azure/entra-token';
