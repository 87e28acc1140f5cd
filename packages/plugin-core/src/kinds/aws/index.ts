// AWS plugins' shared parts: the identity service's AWS secret schemas, the STS credential check
// (keys or an assumed role with external id), SDK client settings and error wording. Imported as
// `@cloudforet/plugin-core/aws`, apart from the main entry, so plugins without AWS never load the SDK.
export { AWS_SECRET_SCHEMAS, awsSecretOf, type AwsSecret } from './aws-secret';
export { awsSettingsFrom, type AwsSettings } from './aws-settings';
export { awsErrorCode, awsErrorText, credentialError, REGION_REFUSALS } from './aws-errors';
export { openAwsCredentials, awsClientConfig, type AwsIdentity } from './aws-credentials';
