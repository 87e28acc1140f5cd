import { code, codeValue, escapeCell, markdownTable } from './markdown-table';

describe('markdownTable', () => {
  it('renders a header, a separator and one line per row', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('escapes pipes in every cell, including inside code spans', () => {
    expect(markdownTable(['x'], [[code('a|b')]])).toBe('| x |\n| --- |\n| `a\\|b` |');
  });

  it('folds line breaks so a cell stays on its row', () => {
    expect(escapeCell('one\ntwo\r\nthree')).toBe('one two three');
  });
});

describe('code', () => {
  it('wraps plain text in single backticks', () => {
    expect(code('chat:write')).toBe('`chat:write`');
  });

  it('uses a longer fence when the text holds backticks', () => {
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('x``y')).toBe('``` x``y ```');
  });

  it('shows strings as they are and other values as JSON', () => {
    expect(codeValue('bot_token')).toBe('`bot_token`');
    expect(codeValue(4)).toBe('`4`');
    expect(codeValue({ a: [1] })).toBe('`{"a":[1]}`');
  });
});
