/**
 * Cloud Monitoring's filter language, the part the data sources use: comparisons of a selector
 * (`metric.type`, `resource.type`, `metric.label[s].<key>`, `resource.label[s].<key>`, `project`)
 * with a string or `starts_with` / `ends_with` / `has_substring` / `one_of`, `=`, `!=` and `:`,
 * combined with NOT, OR, AND and parentheses. As Google documents it, NOT binds tightest, then OR,
 * then AND: `a = "1" AND b = "2" OR b = "3"` is `a = "1" AND (b = "2" OR b = "3")`.
 */

/** A selector's value for one candidate: a string, ANY (it has the field, value unknown), or undefined (no such field). */
export const ANY = Symbol('any value');
export type FieldValue = string | typeof ANY | undefined;
export type Lookup = (selector: string) => FieldValue;
export type Predicate = (lookup: Lookup) => boolean;

export class FilterSyntaxError extends Error {}

type Token = { kind: 'word' | 'string' | 'op' | 'paren' | 'comma'; text: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j++];
      }
      if (j >= text.length) throw new FilterSyntaxError(`unterminated string at ${i}`);
      out.push({ kind: 'string', text: value });
      i = j + 1;
    } else {
      const op = c === '(' || c === ')' ? 'paren' : c === ',' ? 'comma' : undefined;
      const cmp = text.startsWith('!=', i) ? '!=' : c === '=' || c === ':' ? c : undefined;
      if (op) out.push({ kind: op, text: c });
      else if (cmp) out.push({ kind: 'op', text: cmp });
      if (op || cmp) {
        i += cmp?.length ?? 1;
        continue;
      }
      const m = /^[A-Za-z_][A-Za-z0-9_.\-/]*/.exec(text.slice(i));
      if (!m) throw new FilterSyntaxError(`unexpected ${JSON.stringify(c)} at ${i}`);
      out.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

const SELECTOR = /^(metric\.type|resource\.type|project|(metric|resource)\.labels?\.[A-Za-z_][A-Za-z0-9_]*)$/;
const FUNCTIONS = ['starts_with', 'ends_with', 'has_substring', 'one_of'] as const;

/** Parses `text`, or throws FilterSyntaxError naming what is wrong. */
export function parseMonitoringFilter(text: string): Predicate {
  const ts = tokens(text);
  let at = 0;
  const peek = () => ts[at];
  const take = () => ts[at++];
  const isWord = (w: string) => peek()?.kind === 'word' && peek()!.text === w;

  function and(): Predicate {
    const parts = [or()];
    while (isWord('AND') || (peek() && !isWord('OR') && !(peek()!.kind === 'paren' && peek()!.text === ')'))) {
      if (isWord('AND')) take();
      parts.push(or());
    }
    return parts.length === 1 ? parts[0] : (l) => parts.every((p) => p(l));
  }
  function or(): Predicate {
    const parts = [unary()];
    while (isWord('OR')) {
      take();
      parts.push(unary());
    }
    return parts.length === 1 ? parts[0] : (l) => parts.some((p) => p(l));
  }
  function unary(): Predicate {
    if (isWord('NOT')) {
      take();
      const inner = unary();
      return (l) => !inner(l);
    }
    const t = peek();
    if (t?.kind === 'paren' && t.text === '(') {
      take();
      const inner = and();
      const close = take();
      if (close?.text !== ')') throw new FilterSyntaxError('missing )');
      return inner;
    }
    return comparison();
  }
  function comparison(): Predicate {
    const sel = take();
    if (sel?.kind !== 'word' || !SELECTOR.test(sel.text))
      throw new FilterSyntaxError(`unknown selector ${JSON.stringify(sel?.text ?? '')}`);
    const op = take();
    if (op?.kind !== 'op') throw new FilterSyntaxError(`expected =, != or : after ${sel.text}`);
    const test = value();
    if (op.text === ':' && test.literal === undefined) throw new FilterSyntaxError(': takes a string');
    const selector = sel.text.replace(/\.label\./, '.labels.');
    return (lookup) => {
      const v = lookup(selector);
      if (v === undefined) return op.text === '!=';
      if (v === ANY) return true;
      if (op.text === ':') return v.includes(test.literal!);
      return op.text === '=' ? test(v) : !test(v);
    };
  }
  function value(): ((v: string) => boolean) & { literal?: string } {
    const t = take();
    if (t?.kind === 'string') return Object.assign((v: string) => v === t.text, { literal: t.text });
    if (t?.kind === 'word' && (FUNCTIONS as readonly string[]).includes(t.text)) {
      if (take()?.text !== '(') throw new FilterSyntaxError(`expected ( after ${t.text}`);
      const args: string[] = [];
      for (;;) {
        const a = take();
        if (a?.kind !== 'string') throw new FilterSyntaxError(`${t.text} takes strings`);
        args.push(a.text);
        const next = take();
        if (next?.text === ')') break;
        if (next?.kind !== 'comma') throw new FilterSyntaxError(`expected , or ) in ${t.text}`);
      }
      if (t.text !== 'one_of' && args.length !== 1) throw new FilterSyntaxError(`${t.text} takes one string`);
      if (t.text === 'starts_with') return (v) => v.startsWith(args[0]);
      if (t.text === 'ends_with') return (v) => v.endsWith(args[0]);
      if (t.text === 'has_substring') return (v) => v.includes(args[0]);
      return (v) => args.includes(v);
    }
    throw new FilterSyntaxError(`expected a string or a function, got ${JSON.stringify(t?.text ?? 'the end')}`);
  }
  if (ts.length === 0) throw new FilterSyntaxError('empty filter');
  const predicate = and();
  if (at < ts.length) throw new FilterSyntaxError(`unexpected ${JSON.stringify(ts[at].text)}`);
  return predicate;
}

/** The `metric.type = "<type>"` a timeSeries.list filter must hold (Google refuses a filter without one). */
export function metricTypeOf(text: string): string | undefined {
  return /metric\.type\s*=\s*"([^"]+)"/.exec(text)?.[1];
}
