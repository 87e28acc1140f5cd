/**
 * A notification message as alert manager sends one to a protocol plugin (title, description,
 * link, tags, a callback and the time): what the protocol plugins' harnesses dispatch.
 */
export const EXAMPLE_ALERT_MESSAGE = {
  title: 'CPU above 90% on web-1',
  description: 'Alert #42 was triggered by the CPU utilisation rule.',
  link: 'https://console.example.com/monitoring/alert-manager/alert/42',
  tags: [
    { key: 'Alert Number', value: '#42', options: { short: true } },
    { key: 'Urgency', value: 'HIGH', options: { short: true } },
  ],
  callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/42' }],
  occurred_at: '2026-11-23T10:00:00.000Z',
};
