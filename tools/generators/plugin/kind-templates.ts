import { generateFiles, type Tree } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateVars } from './template-vars';

/** files/common/ and files/<kind>/; a file's trailing `.template` is dropped by generateFiles itself. */
export const TEMPLATES_DIR = join(__dirname, 'files');

/** Renders files/common/ then files/<kind>/ (which may override a common file) into `target`. */
export function generateFromTemplates(tree: Tree, target: string, vars: TemplateVars, templatesDir = TEMPLATES_DIR) {
  const kindDir = join(templatesDir, vars.kind);
  if (!existsSync(kindDir)) throw new Error(`There is no template for --kind ${vars.kind} yet: ${kindDir} is missing.`);
  generateFiles(tree, join(templatesDir, 'common'), target, vars);
  generateFiles(tree, kindDir, target, vars);
}
