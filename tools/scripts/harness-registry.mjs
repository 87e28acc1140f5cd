// esbuild plugin: `import { harnesses } from 'virtual:plugin-harnesses'` gives every
// plugin's `harness(sandbox)` (plugins/<name>/test/harness.ts), keyed by folder name.
// Generated at bundle time, so a new or generated plugin joins without a registry edit.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function pluginsWithHarness(root) {
  const dir = join(root, 'plugins');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'src/main.ts')) && existsSync(join(dir, name, 'test/harness.ts')))
    .sort();
}

export function harnessRegistry(root) {
  return {
    name: 'plugin-harnesses',
    setup(build) {
      build.onResolve({ filter: /^virtual:plugin-harnesses$/ }, (args) => ({
        path: args.path,
        namespace: 'harnesses',
      }));
      build.onLoad({ filter: /.*/, namespace: 'harnesses' }, () => {
        const names = pluginsWithHarness(root);
        const lines = names.map(
          (n, i) => `import { harness as h${i} } from ${JSON.stringify(join(root, 'plugins', n, 'test/harness.ts'))};`,
        );
        const entries = names.map((n, i) => `  ${JSON.stringify(n)}: h${i},`);
        return {
          contents: `${lines.join('\n')}\nexport const harnesses = {\n${entries.join('\n')}\n};\n`,
          loader: 'ts',
          resolveDir: root,
        };
      });
    },
  };
}
