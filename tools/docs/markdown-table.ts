/** A GitHub-flavoured Markdown table; prettier aligns the columns afterwards. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One table cell: `|` escaped (also inside code spans, as GFM requires), line breaks folded to spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  if (!flat.includes('`')) return `\`${flat}\``;
  const longest = Math.max(...(flat.match(/`+/g) ?? ['']).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${flat} ${fence}`;
}

/** A value as inline code: strings as they are, anything else as JSON. */
export function codeValue(value: unknown): string {
  return code(typeof value === 'string' ? value : JSON.stringify(value));
}
