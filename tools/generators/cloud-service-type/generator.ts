import { generateFiles, logger, names, type Tree } from '@nx/devkit';
import { join } from 'node:path';
import { formatPluginFiles } from '../plugin/format-plugin-files';
import type { CloudServiceTypeSchema } from './schema';

export const TYPE_TEMPLATES_DIR = join(__dirname, 'files');
const REGISTRY = 'src/cloud-service-types.ts';
const IMPORTS_MARK = '// cloud-service-type:imports';
const ENTRIES_MARK = '// cloud-service-type:entries';
export const SANDBOX_STUBS = 'packages/sandbox/src/aws/stub-actions.ts';
const STUBS_MARK = '// cloud-service-type:stubs';

/**
 * `nx g @cloudforet/tools:cloud-service-type --plugin aws-ec2-inven-collector --group EC2 --type NatGateway`:
 * Cloudforet's "model, manager and connector per type", here connector (the SDK call), manager
 * (shape, match rules, data layout), metadata (table, search, widgets) and a spec, in
 * `src/<group>/<type>/`, registered in `src/cloud-service-types.ts` (so `Job.get_tasks` and
 * collect include it) and answered by the AWS sandbox with an empty list until you fill the stub.
 */
export async function cloudServiceTypeGenerator(tree: Tree, options: CloudServiceTypeSchema): Promise<() => void> {
  const pluginDir = `plugins/${options.plugin}`;
  const registry = `${pluginDir}/${REGISTRY}`;
  const source = tree.read(registry, 'utf-8');
  if (source === null || !source.includes(IMPORTS_MARK) || !source.includes(ENTRIES_MARK))
    throw new Error(
      `${registry} is missing or has no "${IMPORTS_MARK}" / "${ENTRIES_MARK}" markers: is ${options.plugin} a collector with a type registry?`,
    );
  if (!/^[A-Z][A-Za-z0-9]*$/.test(options.type)) throw new Error(`--type must be PascalCase (got "${options.type}")`);
  const n = names(options.type);
  const groupDir = options.group.toLowerCase();
  const target = `${pluginDir}/src/${groupDir}/${n.fileName}`;
  if (tree.exists(target)) throw new Error(`${target} exists already`);
  const vars = {
    group: options.group,
    type: options.type,
    typeFile: n.fileName,
    // EIP -> eip, NatGateway -> natGateway, VPCEndpoint -> vpcEndpoint
    typeCamel: options.type.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (m) => m.toLowerCase()),
    typeConst: n.constantName,
    command: options.command ?? `Describe${options.type}s`,
    list: options.list ?? `${options.type}s`,
    item: options.item ?? options.type,
    id: options.id ?? `${options.type}Id`,
    paginated: options.paginated ?? true,
    shared: groupDir === 'ec2' ? '..' : '../../ec2',
  };
  generateFiles(tree, TYPE_TEMPLATES_DIR, target, vars);

  const definition = `${vars.typeCamel}Definition`;
  tree.write(
    registry,
    source
      .replace(IMPORTS_MARK, `import { ${definition} } from './${groupDir}/${n.fileName}';\n${IMPORTS_MARK}`)
      .replace(ENTRIES_MARK, `${definition},\n  ${ENTRIES_MARK}`),
  );

  const stubs = tree.read(SANDBOX_STUBS, 'utf-8') ?? '';
  const answered = (tree.read('packages/sandbox/src/aws/ec2-actions.ts', 'utf-8') ?? '').includes(`${vars.command}(`);
  const stubbed = stubs.includes(STUBS_MARK) && !answered && !stubs.includes(`${vars.command}:`);
  if (stubbed)
    tree.write(
      SANDBOX_STUBS,
      stubs.replace(STUBS_MARK, `${vars.command}: () => ({ ${vars.list}: [] }),\n  ${STUBS_MARK}`),
    );

  if (!options.skipFormat) {
    await formatPluginFiles(tree, target);
    await formatPluginFiles(tree, `${pluginDir}/src`);
    await formatPluginFiles(tree, 'packages/sandbox/src/aws');
  }
  return () =>
    logger.info(
      [
        `Added ${options.group}/${options.type} to ${options.plugin}: ${target}/`,
        `  ${n.fileName}-connector.ts   the ${vars.command} call${vars.paginated ? ' (page by page)' : ''}`,
        `  ${n.fileName}-manager.ts     shape, match rules and data of one item; its spec beside it`,
        `  ${n.fileName}-metadata.ts    the console's table, search and widgets`,
        `Registered in ${registry} (collect and Job.get_tasks include it).`,
        stubbed
          ? `The AWS sandbox answers ${vars.command} with an empty list (${SANDBOX_STUBS}): make it answer generated items\n` +
            `(packages/sandbox/src/aws/ec2-world.ts), then count them in test/sandbox-expectations.ts.`
          : `The AWS sandbox already answers ${vars.command}: count its items in test/sandbox-expectations.ts.`,
      ].join('\n'),
    );
}

export default cloudServiceTypeGenerator;
