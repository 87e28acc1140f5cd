// `npm run docs [plugin...]` regenerates the section between the generated-docs markers of
// plugins/<name>/README.md; `npm run docs:check [plugin...]` only reports stale ones (exit 1).
import { factories } from 'virtual:plugin-factories';
import { harnesses } from 'virtual:plugin-harnesses';
import { sandboxedDocs } from './docs-sandbox';
import { runDocs } from './run-docs';

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !(n in factories));
if (unknown.length) {
  console.error(
    `docs: no plugin named ${unknown.join(', ')} (with src/plugin.ts); plugins: ${Object.keys(factories).join(', ')}`,
  );
  process.exit(2);
}
const selected = Object.fromEntries(Object.entries(factories).filter(([n]) => !named.length || named.includes(n)));
const sandboxed = sandboxedDocs(process.cwd(), harnesses);
runDocs(selected, { root: process.cwd(), check: args.includes('--check'), sandboxed }).then(
  async (code) => (await sandboxed.close(), process.exit(code)),
  (error: unknown) => {
    console.error('docs:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
