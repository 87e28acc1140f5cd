import { buildAttachment, COLORS, FOOTER, FOOTER_ICON } from './message-layout';

describe('buildAttachment', () => {
  it('lays out a full monitoring message like the upstream plugin', () => {
    const a = buildAttachment(
      {
        title: 'CPU high',
        description: 'web-1 at *95%*',
        link: 'https://console/alerts/1',
        tags: [
          { key: 'Project', value: 'web' },
          { key: 'Alert Number', value: 42, options: { short: true } },
          { key: 'Resource', value: null, options: { short: false } },
        ],
        callbacks: [{ label: 'Acknowledge Alerts', url: 'https://console/ack/1' }],
        occurred_at: '2026-11-23T10:00:00.000Z',
        image_url: 'https://img/1.png',
      },
      'ERROR',
    );
    expect(a).toEqual({
      fallback: '[ERROR] CPU high',
      pretext: 'CPU high',
      color: '#FF6A6A',
      text: 'web-1 at *95%*',
      mrkdwn_in: ['text'],
      footer: FOOTER,
      footer_icon: FOOTER_ICON,
      title: 'CPU high',
      title_link: 'https://console/alerts/1',
      fields: [
        { title: 'Project', value: 'web' },
        { title: 'Alert Number', value: '42', short: true },
        { title: 'Resource', value: '', short: false },
      ],
      actions: [
        {
          name: 'Acknowledge Alerts',
          text: 'Acknowledge Alerts',
          type: 'button',
          style: 'danger',
          url: 'https://console/ack/1',
        },
      ],
      image_url: 'https://img/1.png',
      ts: String(Date.parse('2026-11-23T10:00:00.000Z') / 1000),
    });
  });

  it('uses the upstream colour of each type and leaves optional parts out', () => {
    expect(COLORS).toEqual({ INFO: '#43BEFF', ERROR: '#FF6A6A', SUCCESS: '#60B731', WARNING: '#FFCE02' });
    const a = buildAttachment({}, 'SUCCESS');
    expect(a).toEqual({
      fallback: '[SUCCESS]',
      pretext: '',
      color: '#60B731',
      text: '',
      mrkdwn_in: ['text'],
      footer: FOOTER,
      footer_icon: FOOTER_ICON,
    });
  });

  it('still reads the misspelt occured_at and ignores an unparsable time', () => {
    expect(buildAttachment({ occured_at: '2026-01-01T00:00:00Z' }, 'INFO').ts).toBe(
      String(Date.parse('2026-01-01T00:00:00Z') / 1000),
    );
    expect(buildAttachment({ occurred_at: 'yesterday' }, 'INFO').ts).toBeUndefined();
  });
});
