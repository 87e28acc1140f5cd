import { RECIPIENTS_PATTERN, recipientsOf, singleAddress } from './recipients';

describe('recipientsOf', () => {
  it('splits at commas and semicolons, trims, drops a trailing separator and duplicates', () => {
    expect(recipientsOf('a@example.com')).toEqual(['a@example.com']);
    expect(recipientsOf(' a@example.com,b@example.org ; c.d+e@sub.example.co.kr; ')).toEqual([
      'a@example.com',
      'b@example.org',
      'c.d+e@sub.example.co.kr',
    ]);
    expect(recipientsOf('a@example.com,A@example.com,a@example.com,')).toEqual(['a@example.com']);
    expect(recipientsOf('ops@example.technology')).toEqual(['ops@example.technology']);
  });

  it.each([
    ['CR/LF and a header', 'a@example.com\r\nBcc: evil@example.net', 'entry #1'],
    ['a bare LF', 'a@example.com,\nb@example.com', 'entry #2'],
    ['a display name', 'Ops <ops@example.com>', 'entry #1'],
    ['no domain', 'a@localhost', 'entry #1'],
    ['an empty entry', 'a@example.com,,b@example.com', 'entry #2'],
    ['nothing', '', 'entry #1'],
    ['a NUL', 'a\u0000@example.com', 'entry #1'],
  ])('refuses %s, naming the entry', (_what, email, entry) => {
    expect(() => recipientsOf(email)).toThrow(
      `Parameter is invalid. (key = channel_data.email, reason = ${entry} is not an e-mail address (separate addresses with , or ;))`,
    );
  });

  it('bounds the number of recipients', () => {
    const many = Array.from({ length: 101 }, (_, i) => `u${i}@example.com`).join(',');
    expect(() => recipientsOf(many)).toThrow('names more than 100 addresses');
  });

  it('the channel form pattern agrees: lists with spaces and semicolons pass, CR/LF does not', () => {
    const pattern = new RegExp(RECIPIENTS_PATTERN, 'u');
    expect(pattern.test('user1@test.com, user2@test.com')).toBe(true);
    expect(pattern.test('user1@test.com;user2@test.com;')).toBe(true);
    expect(pattern.test('user1@test.com\r\nBcc: x@test.com')).toBe(false);
    expect(pattern.test('user1@test.com,\nuser2@test.com')).toBe(false);
    // And without the u flag, as a console may compile it.
    expect(new RegExp(RECIPIENTS_PATTERN).test('a@b.io; c@d.io')).toBe(true);
  });
});

describe('singleAddress', () => {
  it('takes a bare address or "Name <address>"', () => {
    expect(singleAddress('alerts@example.com', 'k')).toBe('alerts@example.com');
    expect(singleAddress(' Cloudforet Alerts <alerts@example.com> ', 'k')).toBe(
      'Cloudforet Alerts <alerts@example.com>',
    );
  });
  it.each([
    'alerts@example.com\r\nBcc: x@example.net',
    'Evil\r\nBcc: x@example.net <a@example.com>',
    'a@b.com, c@d.com',
  ])('refuses %j', (value) => {
    expect(() => singleAddress(value, 'secret_data.from_email')).toThrow(
      'Parameter is invalid. (key = secret_data.from_email, reason = must be one e-mail address, bare or as "Name <address>")',
    );
  });
});
