// Python's "cased" characters: Lowercase, Uppercase and titlecase letters.
const CASED = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u;
// The letters whose titlecase is neither their upper- nor their lower-case form.
const TITLECASE: Record<string, string> = {
  Ǆ: 'ǅ',
  ǅ: 'ǅ',
  ǆ: 'ǅ',
  Ǉ: 'ǈ',
  ǈ: 'ǈ',
  ǉ: 'ǈ',
  Ǌ: 'ǋ',
  ǋ: 'ǋ',
  ǌ: 'ǋ',
  Ǳ: 'ǲ',
  ǲ: 'ǲ',
  ǳ: 'ǲ',
};

/**
 * `str.title()`: a cased character after a cased one is lowered, any other is title-cased
 * (`AWS EC2 INSTANCE` → `Aws Ec2 Instance`, `they're` → `They'Re`). Titlecase is the
 * upper-case form with its tail lowered (`ß` → `Ss`), except for the four digraphs that
 * have a titlecase letter of their own.
 */
export function pyTitle(text: string): string {
  let out = '';
  let previousCased = false;
  for (const ch of text) {
    const cased = CASED.test(ch);
    if (!cased) out += ch;
    else if (previousCased) out += ch.toLowerCase();
    else if (TITLECASE[ch]) out += TITLECASE[ch];
    else {
      const upper = ch.toUpperCase();
      out += upper.length > 1 ? upper[0] + upper.slice(1).toLowerCase() : upper;
    }
    previousCased = cased;
  }
  return out;
}
