/**
 * Google's partial responses (the `fields` parameter every REST API takes): `a,b/c,d(e,f)`, with `*`
 * for every key of a map (`items/*\/instances(id,name)`). Arrays are selected element by element.
 */
export type FieldTree = Map<string, FieldTree | true>;

export function parseFields(expression: string): FieldTree {
  let at = 0;
  const list = (): FieldTree => {
    const tree: FieldTree = new Map();
    for (;;) {
      const start = at;
      while (at < expression.length && !',()'.includes(expression[at])) at++;
      const path = expression.slice(start, at).trim().split('/').filter(Boolean);
      let sub: FieldTree | true = true;
      if (expression[at] === '(') {
        at++;
        sub = list();
        if (expression[at] !== ')') throw new Error(`unbalanced parentheses in fields '${expression}'`);
        at++;
      }
      if (path.length) merge(tree, path, sub);
      if (expression[at] !== ',') return tree;
      at++;
    }
  };
  const tree = list();
  if (at !== expression.length) throw new Error(`unexpected '${expression[at]}' in fields '${expression}'`);
  return tree;
}

function merge(tree: FieldTree, path: string[], leaf: FieldTree | true): void {
  const [head, ...rest] = path;
  const next: FieldTree | true = rest.length ? new Map() : leaf;
  if (rest.length) merge(next as FieldTree, rest, leaf);
  const had = tree.get(head);
  if (had === true || next === true) tree.set(head, true);
  else if (had) for (const [k, v] of next) merge(had, [k], v);
  else tree.set(head, next);
}

/** The parts of `value` the tree selects. */
export function selectFields(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((v) => selectFields(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = tree.get(key) ?? tree.get('*');
    if (sub === undefined) continue;
    out[key] = sub === true ? v : selectFields(v, sub);
  }
  return out;
}
