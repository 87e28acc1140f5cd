/** What the local host needs to know to run a plugin against the sandbox. */
export interface LocalPlugin {
  /** Folder under plugins/. */
  name: string;
  /** Cloudforet resource_type; its part after the dot is the service whose `init` is probed. */
  kind: string;
  /** Environment pointing the plugin's SDKs at the sandbox. */
  env(sandbox: { slackUrl: string }): Record<string, string>;
  /** A ready-to-run example: method, then request params exactly as the core would send them. */
  example: { method: string; params: Record<string, unknown> };
}

export const LOCAL_PLUGINS: LocalPlugin[] = [
  {
    name: 'slack-noti-protocol',
    kind: 'notification.Protocol',
    env: ({ slackUrl }) => ({ SLACK_API_URL: `${slackUrl}/api/`, SLACK_WEBHOOK_URL_PREFIX: `${slackUrl}/services/` }),
    example: {
      method: 'Notification.dispatch',
      params: {
        secret_data: {},
        channel_data: { token: 'xoxb-sandbox-token', channel: 'general' },
        notification_type: 'WARNING',
        message: {
          title: 'CPU above 90% on web-1',
          description: 'Alert #42 was triggered by the CPU utilisation rule.',
          link: 'https://console.example.com/monitoring/alert-manager/alert/42',
          tags: [
            { key: 'Alert Number', value: '#42', options: { short: true } },
            { key: 'Urgency', value: 'HIGH', options: { short: true } },
          ],
          callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
          occurred_at: new Date().toISOString(),
        },
        options: {},
      },
    },
  },
];
