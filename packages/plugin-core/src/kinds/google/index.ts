// Google plugins' shared parts: the identity service's service-account secret schema, the JWT-bearer
// token grant against the key's token_uri, and Google API error reading and retry classification.
// Imported as `@cloudforet/plugin-core/google`, apart from the main entry, so plugins without Google
// never load google-auth-library.
export { GOOGLE_SECRET_SCHEMAS, SECRET_KEYS, gcpSecretOf, type GcpSecret } from './google-secret';
export { googleErrorOf, googleErrorText, isApiNotEnabled, retryDecision, type GoogleErrorInfo } from './google-errors';
export { openServiceAccountJwt } from './google-token';
