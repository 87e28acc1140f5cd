import { renderHtml } from './formatted-text';
import { callbackKeyboard, layoutText } from './message-layout';

describe('layoutText (the upstream layout)', () => {
  it('joins title, description and tags with one space, escaping user text once', () => {
    const html = renderHtml(
      layoutText(
        { title: 'a&b', link: 'https://x.example/?q="1"', description: '<d>', tags: [{ key: 'k', value: null }] },
        'ERROR',
      ),
    );
    expect(html).toBe(
      '\n<b>[ERROR]</b> <a href="https://x.example/?q=&quot;1&quot;">a&amp;b</a> \n&lt;d&gt;\n \n<b>- k</b>: <pre></pre> ',
    );
  });

  it('a message that would show nothing shows its type and link instead of an empty text', () => {
    expect(renderHtml(layoutText({ title: '', link: 'https://x.example/1' }, 'INFO'))).toBe(
      '<b>[INFO]</b> <a href="https://x.example/1">https://x.example/1</a>',
    );
  });

  it('one keyboard row per callback; none without callbacks', () => {
    expect(
      callbackKeyboard({
        callbacks: [
          { label: 'A', url: 'https://a.example' },
          { label: 'B', url: 'https://b.example' },
        ],
      }),
    ).toEqual([[{ text: 'A', url: 'https://a.example' }], [{ text: 'B', url: 'https://b.example' }]]);
    expect(callbackKeyboard({ callbacks: [] })).toBeUndefined();
  });
});
