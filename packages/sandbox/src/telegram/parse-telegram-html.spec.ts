import { parseTelegramHtml } from './parse-telegram-html';

describe('parseTelegramHtml: what the Bot API shows, and what it refuses', () => {
  it('decodes the four named entities and numeric ones; any other & stays as text', () => {
    expect(parseTelegramHtml('&lt;&gt;&amp;&quot;&laquo;&#65;&#x42;&lt x').text).toBe('<>&"&laquo;AB< x');
  });

  it('turns tags into entities with UTF-16 offsets (an emoji counts 2)', () => {
    const { text, entities } = parseTelegramHtml(
      '🔥 <b>[ERROR]</b> <a href="https://x.example/a?b=1&amp;c=2">CPU</a> <pre>90%</pre>',
    );
    expect(text).toBe('🔥 [ERROR] CPU 90%');
    expect(entities).toEqual([
      { type: 'bold', offset: 3, length: 7 },
      { type: 'text_link', offset: 11, length: 3, url: 'https://x.example/a?b=1&c=2' },
      { type: 'pre', offset: 15, length: 3 },
    ]);
  });

  it('drops a link Telegram would not open, keeping its text', () => {
    expect(parseTelegramHtml('<a href="javascript:alert(1)">x</a>')).toEqual({ text: 'x', entities: [] });
  });

  it.each([
    ['a < b', 'Unsupported start tag "" at byte offset 2'],
    ['🏟 x<abac>', 'Unsupported start tag "abac" at byte offset 6'],
    ['x <b', 'Unclosed start tag at byte offset 2'],
    ['<a href', 'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0'],
    ['<a href="x"', 'Unclosed start tag at byte offset 0'],
    ['<i =x>y</i>', 'Empty attribute name in the tag "i" at byte offset 0'],
    ['<a href=x/>y</a>', 'Unexpected end of name token at byte offset 8'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['x</b>', 'Unexpected end tag at byte offset 1'],
    ['<b>x</b', 'Unclosed end tag at byte offset 4'],
    ['<b>x</i>', 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'],
    ['<b>x', 'Can\'t find end tag corresponding to start tag "b"'],
    [
      '&#xD83D;',
      'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
    ],
  ])('refuses %j: %s', (html, message) => {
    expect(() => parseTelegramHtml(html)).toThrow(message);
  });

  it('accepts what Telegram accepts: unquoted values, </> and nested tags', () => {
    expect(parseTelegramHtml('<b>a<i x=1>b</></b>').entities).toEqual([
      { type: 'bold', offset: 0, length: 2 },
      { type: 'italic', offset: 1, length: 1 },
    ]);
  });
});
