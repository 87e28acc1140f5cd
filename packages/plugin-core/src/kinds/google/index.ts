// Google plugins' shared parts: the identity service's service-account secret schema, the JWT-bearer
// token grant against the key's token_uri, Google API error reading and retry classification, an
// authorized REST GET, and Cloud Monitoring's time-series JSON.
// Imported as `@cloudforet/plugin-core/google`, apart from the main entry, so plugins without Google
// never load google-auth-library.
export { GOOGLE_SECRET_SCHEMAS, SECRET_KEYS, gcpSecretOf, type GcpSecret } from './google-secret';
export { googleErrorOf, googleErrorText, isApiNotEnabled, retryDecision, type GoogleErrorInfo } from './google-errors';
export { openServiceAccountJwt } from './google-token';
export { GoogleApiError, getGoogleJson, googleRestUrl } from './google-rest';
export {
  GOOGLE_MONITORING_ROOT,
  pointValue,
  type MonitoringPoint,
  type TimeSeries,
  type TimeSeriesPage,
} from './google-monitoring';
