// HTTP statuses Slack documents for incoming-webhook error strings; any other string answers 400.
const WEBHOOK_ERROR_STATUS: Readonly<Record<string, number>> = {
  invalid_payload: 400,
  user_not_found: 400,
  no_service_id: 400,
  no_team: 400,
  too_many_attachments: 400,
  action_prohibited: 403,
  posting_to_general_channel_denied: 403,
  team_disabled: 403,
  invalid_token: 403,
  channel_not_found: 404,
  no_service: 404,
  channel_is_archived: 410,
  rollup_error: 500,
};

export function webhookErrorStatus(slackError: string): number {
  return Object.hasOwn(WEBHOOK_ERROR_STATUS, slackError) ? WEBHOOK_ERROR_STATUS[slackError] : 400;
}
