const MAX = 160;

/** Where two texts first differ, as two short diff lines; '' when they are equal. */
export function staleHint(current: string, expected: string): string {
  if (current === expected) return '';
  const a = current.split('\n');
  const b = expected.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [`line ${i + 1}:`, `- ${clip(a[i])}`, `+ ${clip(b[i])}`].join('\n');
}

function clip(line: string | undefined): string {
  if (line === undefined) return '(end of file)';
  return line.length > MAX ? `${line.slice(0, MAX)}...` : line;
}
