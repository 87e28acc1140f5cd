import type { InjectedFault } from '../cloud/cloud-faults';
import type { GcpApi } from './gcp-sandbox-types';

/** A Google API error answer: `{error: {code, message, errors: [{reason, domain}], status, details}}`. */
export interface GcpErrorReply {
  status: number;
  reason: string;
  body: Record<string, unknown>;
  retryAfter?: string;
}

export function googleError(
  code: number,
  status: string,
  message: string,
  reason: string,
  domain = 'global',
  details?: unknown[],
): GcpErrorReply {
  return {
    status: code,
    reason,
    body: { error: { code, message, errors: [{ message, domain, reason }], status, ...(details ? { details } : {}) } },
  };
}

const SERVICE_TITLES: Record<GcpApi, string> = {
  compute: 'Compute Engine API',
  storage: 'Cloud Storage JSON API',
  cloudresourcemanager: 'Cloud Resource Manager API',
  monitoring: 'Cloud Monitoring API',
};

/** 403 accessNotConfigured / SERVICE_DISABLED: the project has not enabled the API. */
export function serviceDisabled(api: GcpApi, projectNumber: string): GcpErrorReply {
  const service = `${api === 'storage' ? 'storage-api' : api}.googleapis.com`;
  return googleError(
    403,
    'PERMISSION_DENIED',
    `${SERVICE_TITLES[api]} has not been used in project ${projectNumber} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${service}/overview?project=${projectNumber} then retry.`,
    'accessNotConfigured',
    'usageLimits',
    [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'SERVICE_DISABLED',
        domain: 'googleapis.com',
        metadata: { service, consumer: `projects/${projectNumber}` },
      },
    ],
  );
}

/** 403 forbidden: the caller's roles lack the permission. */
export function permissionDenied(permission: string, resource: string): GcpErrorReply {
  return googleError(403, 'PERMISSION_DENIED', `Required '${permission}' permission for '${resource}'`, 'forbidden');
}

export function unauthenticated(): GcpErrorReply {
  return googleError(
    401,
    'UNAUTHENTICATED',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    'authError',
  );
}

export function notFound(what: string): GcpErrorReply {
  return googleError(404, 'NOT_FOUND', `The resource '${what}' was not found`, 'notFound');
}

export function invalidArgument(message: string): GcpErrorReply {
  return googleError(400, 'INVALID_ARGUMENT', message, 'invalid');
}

export function invalidPageToken(): GcpErrorReply {
  return googleError(400, 'INVALID_ARGUMENT', "Invalid value for field 'pageToken'.", 'invalid');
}

/** The cloud faults: 429 rateLimitExceeded (RESOURCE_EXHAUSTED) with Retry-After, or 503 backendError. */
export function faultReply(fault: InjectedFault, api: GcpApi = 'compute'): GcpErrorReply {
  if (fault === 'throttle')
    return {
      ...googleError(
        429,
        'RESOURCE_EXHAUSTED',
        `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service '${api === 'storage' ? 'storage-api' : api}.googleapis.com'.`,
        'rateLimitExceeded',
        'usageLimits',
      ),
      retryAfter: '1',
    };
  return googleError(503, 'UNAVAILABLE', 'The service is currently unavailable.', 'backendError');
}
