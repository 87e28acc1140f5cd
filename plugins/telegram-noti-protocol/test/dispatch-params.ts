/** A Notification.dispatch as the core sends it (exact keys), to the sandbox group, with a title only. */
export function dispatchParams(token: string, title: string, chatId = '-514081686') {
  return {
    secret_data: {},
    channel_data: { chat_id: chatId, token },
    notification_type: 'INFO',
    message: { title },
    options: {},
  };
}
