import { plainText, renderHtml, type Span } from './formatted-text';
import { splitText } from './split-text';

describe('splitText', () => {
  it('keeps a text within the limit whole', () => {
    const spans = [{ text: 'a', bold: true }, { text: ' b' }];
    expect(splitText(spans, 10)).toEqual([spans]);
  });

  it('cuts at the last line break of the second half; the pieces joined by it are the whole text', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${String(i).padStart(2, '0')}`).join('\n');
    const chunks = splitText([{ text }], 40);
    for (const c of chunks) expect(plainText(c).length).toBeLessThanOrEqual(40);
    expect(chunks.map(plainText).join('\n')).toBe(text);
    expect(plainText(chunks[0])).toBe('line 00\nline 01\nline 02\nline 03\nline 04');
  });

  it('cuts one long word at the limit, keeping surrogate pairs whole', () => {
    const text = `${'x'.repeat(9)}😀${'y'.repeat(20)}`;
    const chunks = splitText([{ text }], 10).map(plainText);
    expect(chunks[0]).toBe('x'.repeat(9));
    expect(chunks.join('')).toBe(text);
    expect(chunks.every((c) => c.length <= 10 && !/[\uD800-\uDBFF]$/.test(c))).toBe(true);
  });

  it('never cuts a tag or an entity: a span across the cut is closed and reopened', () => {
    const spans: Span[] = [
      { text: 'head ' },
      { text: 'A&B '.repeat(6), bold: true },
      { text: 'tail', link: 'https://x.example/?a=1&b=2' },
    ];
    const html = splitText(spans, 12).map(renderHtml);
    expect(html.join('|')).toBe(
      'head <b>A&amp;B A&amp;B</b>|<b>A&amp;B A&amp;B A&amp;B</b>|<b>A&amp;B </b><a href="https://x.example/?a=1&amp;b=2">tail</a>',
    );
  });

  it('leaves out a message that would show only whitespace', () => {
    expect(splitText([{ text: `${'a'.repeat(10)}\n${' '.repeat(10)}\nb` }], 10).map(plainText)).toEqual([
      'a'.repeat(10),
      'b',
    ]);
  });
});
