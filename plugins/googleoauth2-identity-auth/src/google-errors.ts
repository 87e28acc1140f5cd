// The errors of the upstream plugin (error/custom.py), with their codes.
import { PluginError } from '@cloudforet/plugin-core';

export const notFoundUserId = (userId: string) =>
  new PluginError('ERROR_NOT_FOUND_USER_ID', `User_id: ${userId} does not exist.`);

export const notSupportKeywordSearch = () =>
  new PluginError('ERROR_NOT_SUPPORT_KEYWORD_SEARCH', 'Keyword search is not supported, use user_id(email)');

export const googleServerError = (what: string) =>
  new PluginError('ERROR_AUTHORIZATION_SERVER', `Authorization Server response code: ${what}`);
