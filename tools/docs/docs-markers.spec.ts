import { END_MARKER, LEAD_IN, replaceGenerated, START_MARKER } from './docs-markers';

const section = '### Generated\n\n| a |\n| - |';

describe('replaceGenerated', () => {
  it('replaces only what lies between the markers', () => {
    const before = `# x\n\nhand-written  text \n\n${START_MARKER}\nold\nstuff\n${END_MARKER}\n\nafter, untouched\n`;
    expect(replaceGenerated(before, section)).toBe(
      `# x\n\nhand-written  text \n\n${START_MARKER}\n\n${section}\n\n${END_MARKER}\n\nafter, untouched\n`,
    );
  });

  it('appends a lead-in and the markers at the end when absent, keeping the text before as it is', () => {
    const before = '# x\n\nSome text.\n';
    expect(replaceGenerated(before, section)).toBe(
      `# x\n\nSome text.\n\n${LEAD_IN}\n\n${START_MARKER}\n\n${section}\n\n${END_MARKER}\n`,
    );
  });

  it('is idempotent', () => {
    const once = replaceGenerated('# x\n', section);
    expect(replaceGenerated(once, section)).toBe(once);
  });

  it('refuses a README with one marker only, or markers out of order or repeated', () => {
    expect(() => replaceGenerated(`${START_MARKER}\n`, section)).toThrow(/one missing/);
    expect(() => replaceGenerated(`${END_MARKER}\n${START_MARKER}\n`, section)).toThrow(/out of order/);
    expect(() => replaceGenerated(`${START_MARKER}${END_MARKER}${START_MARKER}${END_MARKER}`, section)).toThrow(
      /more than once/,
    );
  });
});
