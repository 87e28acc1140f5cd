// The errors of the upstream plugin (error/custom.py and python-core's), with their codes.
import { GrpcStatus, PluginError } from '@cloudforet/plugin-core';

const DISCOVERY_KEY = 'options.openid-configuration';

/** Discovery failed: upstream wraps every cause into python-core's ERROR_INVALID_ARGUMENT. */
export const discoveryFailed = (reason: string, cause?: unknown, key = DISCOVERY_KEY) =>
  new PluginError(
    'ERROR_INVALID_ARGUMENT',
    `Argument is invalid. (key = ${key}, reason = ${reason})`,
    GrpcStatus.INVALID_ARGUMENT,
    { cause },
  );

/** The provider answered, but not as expected (a status, a body that is not JSON, a network failure). */
export const authorizationServerError = (what: string) =>
  new PluginError('ERROR_AUTHORIZATION_SERVER', `Authorization Server response code: ${what}`);

export const keycloakConfiguration = (field: string) =>
  new PluginError('ERROR_KEYCLOAK_CONFIGURATION', `Contact keycloak administrator, field=${field}`);

export const invalidFindRequest = (message = 'user_id or keyword is required') =>
  new PluginError('ERROR_INVALID_FIND_REQUEST', message);

export const notSupportKeywordSearch = () =>
  new PluginError('ERROR_NOT_SUPPORT_KEYWORD_SEARCH', 'Keyword search is not supported, use user_id(email)');

export const notFoundUsers = () => new PluginError('ERROR_NOT_FOUND_USERS', 'not found users.');
