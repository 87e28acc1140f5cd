const START = '<!-- generated:docs:start -->';
const END = '<!-- generated:docs:end -->';

/** Empties a README's generated reference: it described the copied plugin (`npm run docs <name>` refills it). */
export function emptyGeneratedDocs(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) return readme;
  return `${readme.slice(0, start + START.length)}\n${readme.slice(end)}`;
}
