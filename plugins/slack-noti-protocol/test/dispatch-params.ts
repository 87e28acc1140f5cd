/** A Notification.dispatch as the core sends it (exact keys), to a bot-token channel, with a title only. */
export function dispatchParams(token: string, title: string) {
  return {
    secret_data: {},
    channel_data: { token, channel: 'general' },
    notification_type: 'INFO',
    message: { title },
    options: {},
  };
}
