import { faultReply } from './fault-reply';

describe('faultReply', () => {
  it('answers a Web API slackError with HTTP 200 ok:false', () => {
    expect(faultReply({ slackError: 'invalid_auth' }, 'web-api')).toMatchObject({
      status: 200,
      body: JSON.stringify({ ok: false, error: 'invalid_auth' }),
    });
  });

  it.each([
    ['action_prohibited', 403],
    ['no_service', 404],
    ['channel_not_found', 404],
    ['channel_is_archived', 410],
    ['invalid_payload', 400],
    ['something_new', 400],
    ['constructor', 400],
  ])('answers the webhook slackError %s with HTTP %i and the string as body', (slackError, status) => {
    expect(faultReply({ slackError }, 'webhook')).toMatchObject({ status, body: slackError });
  });

  it('sets Retry-After on a 429 for either surface', () => {
    for (const surface of ['web-api', 'webhook'] as const) {
      expect(faultReply({ status: 429, retryAfter: 12 }, surface)).toMatchObject({
        status: 429,
        headers: { 'Retry-After': '12' },
      });
    }
  });

  it('answers a 5xx with a short text body', () => {
    expect(faultReply({ status: 502 }, 'web-api')).toMatchObject({
      status: 502,
      contentType: expect.stringMatching(/^text\/plain/),
      body: '502 Bad Gateway',
    });
  });
});
