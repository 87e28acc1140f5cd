import { decodeWebApiRequest, type RawWebApiRequest } from './decode-web-api-request';

function decode(raw: Partial<RawWebApiRequest>) {
  return decodeWebApiRequest({ query: new URLSearchParams(), body: '', ...raw });
}

describe('decodeWebApiRequest', () => {
  it('parses a form post the way WebClient sends it, JSON-parsing attachments and blocks', () => {
    const attachments = [{ title: 't', fields: [{ title: 'a', value: 'b' }] }];
    const blocks = [{ type: 'divider' }];
    const body = new URLSearchParams({
      channel: '#general',
      text: 'hi',
      attachments: JSON.stringify(attachments),
      blocks: JSON.stringify(blocks),
      unfurl_links: 'false',
    }).toString();

    expect(decode({ contentType: 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-1', body })).toEqual({
      ok: true,
      request: {
        token: 'xoxb-1',
        args: { channel: '#general', text: 'hi', attachments, blocks, unfurl_links: 'false' },
      },
    });
  });

  it('keeps an unparseable attachments string so the method can reject it', () => {
    const decoded = decode({ body: 'attachments=%5Bnope', contentType: 'application/x-www-form-urlencoded' });
    expect(decoded).toEqual({ ok: true, request: { token: undefined, args: { attachments: '[nope' } } });
  });

  it('drops empty attachments and blocks strings', () => {
    expect(decode({ body: 'text=x&attachments=&blocks=' })).toEqual({
      ok: true,
      request: { token: undefined, args: { text: 'x' } },
    });
  });

  it('takes the token from a form field or the query and strips it from the args', () => {
    expect(decode({ body: 'token=xoxb-form&text=x' })).toEqual({
      ok: true,
      request: { token: 'xoxb-form', args: { text: 'x' } },
    });
    expect(decode({ query: new URLSearchParams('token=xoxb-query&channel=C1') })).toEqual({
      ok: true,
      request: { token: 'xoxb-query', args: { channel: 'C1' } },
    });
  });

  it('prefers the Authorization header, whatever the case of its scheme', () => {
    const decoded = decode({ authorization: 'bearer xoxb-header', body: 'token=xoxb-form' });
    expect(decoded).toMatchObject({ ok: true, request: { token: 'xoxb-header' } });
  });

  it('ignores a token field inside a JSON body, as Slack does', () => {
    const decoded = decode({ contentType: 'application/json', body: '{"token":"xoxb-json","text":"x"}' });
    expect(decoded).toEqual({ ok: true, request: { token: undefined, args: { text: 'x' } } });
  });

  it('lets body fields override query fields', () => {
    const decoded = decode({
      query: new URLSearchParams('channel=C1&text=q'),
      contentType: 'application/json; charset=utf-8',
      body: '{"channel":"C2"}',
    });
    expect(decoded).toMatchObject({ ok: true, request: { args: { channel: 'C2', text: 'q' } } });
  });

  it.each(['{nope', '[1,2]', '"text"'])('answers invalid_json for the JSON body %s', (body) => {
    expect(decode({ contentType: 'application/json', body })).toEqual({ ok: false, error: 'invalid_json' });
  });

  it('answers invalid_form_data for an unsupported content type', () => {
    expect(decode({ contentType: 'multipart/form-data; boundary=x', body: '--x--' })).toEqual({
      ok: false,
      error: 'invalid_form_data',
    });
  });
});
