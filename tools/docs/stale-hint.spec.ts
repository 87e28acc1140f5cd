import { staleHint } from './stale-hint';

describe('staleHint', () => {
  it('is empty for equal texts', () => {
    expect(staleHint('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('names the first differing line with both versions', () => {
    expect(staleHint('a\nb\nc\n', 'a\nB\nc\n')).toBe('line 2:\n- b\n+ B');
  });

  it('says when one text ends first, and clips long lines', () => {
    expect(staleHint('a\n', 'a\n\nmore')).toBe('line 3:\n- (end of file)\n+ more');
    expect(staleHint('x'.repeat(200), 'y').split('\n')[1]).toBe(`- ${'x'.repeat(160)}...`);
  });
});
