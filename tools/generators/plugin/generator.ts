import { logger, type GeneratorCallback, type Tree } from '@nx/devkit';
import { copyPlugin } from './copy-plugin';
import { formatPluginFiles } from './format-plugin-files';
import { installAndDocument } from './install-task';
import { generateFromTemplates, TEMPLATES_DIR } from './kind-templates';
import { nextSteps } from './next-steps';
import { planPlugin } from './plugin-plan';
import type { PluginGeneratorSchema } from './schema';

/** `nx g @cloudforet/tools:plugin <name> --kind <kind>` or `... <name> --from <plugin>`. */
export async function pluginGenerator(
  tree: Tree,
  options: PluginGeneratorSchema,
  templatesDir = TEMPLATES_DIR,
): Promise<GeneratorCallback> {
  const plan = planPlugin(tree, options);
  const copy = plan.source ? copyPlugin(tree, plan.source, plan.target, plan.vars) : undefined;
  if (!plan.source) generateFromTemplates(tree, plan.target, plan.vars, templatesDir);
  if (!options.skipFormat) await formatPluginFiles(tree, plan.target);

  return () => {
    if (!options.skipInstall) installAndDocument(tree.root, plan.vars.name);
    logger.info(nextSteps(plan, !options.skipInstall, copy));
  };
}

export default pluginGenerator;
