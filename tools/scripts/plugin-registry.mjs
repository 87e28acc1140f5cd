// esbuild plugin: two generated modules that list every plugin, so a new or generated plugin
// joins the tools (local host, image check, docs) without a registry edit:
//   import { harnesses } from 'virtual:plugin-harnesses';  // plugins/<name>/test/harness.ts `harness`
//   import { factories } from 'virtual:plugin-factories';  // plugins/<name>/src/plugin.ts `createPlugin`
// Both are keyed by folder name and sorted.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MODULES = {
  'virtual:plugin-harnesses': { file: 'test/harness.ts', symbol: 'harness', exported: 'harnesses' },
  'virtual:plugin-factories': { file: 'src/plugin.ts', symbol: 'createPlugin', exported: 'factories' },
};

/** Plugin folders (with src/main.ts) that have `file`. */
export function pluginsWith(root, file) {
  const dir = join(root, 'plugins');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'src/main.ts')) && existsSync(join(dir, name, file)))
    .sort();
}

export function pluginRegistry(root) {
  return {
    name: 'plugin-registry',
    setup(build) {
      build.onResolve({ filter: /^virtual:plugin-(harnesses|factories)$/ }, (args) => ({
        path: args.path,
        namespace: 'plugin-registry',
      }));
      build.onLoad({ filter: /.*/, namespace: 'plugin-registry' }, (args) => {
        const { file, symbol, exported } = MODULES[args.path];
        const names = pluginsWith(root, file);
        const imports = names.map(
          (n, i) => `import { ${symbol} as p${i} } from ${JSON.stringify(join(root, 'plugins', n, file))};`,
        );
        const entries = names.map((n, i) => `  ${JSON.stringify(n)}: p${i},`);
        return {
          contents: `${imports.join('\n')}\nexport const ${exported} = {\n${entries.join('\n')}\n};\n`,
          loader: 'ts',
          resolveDir: root,
        };
      });
    },
  };
}
