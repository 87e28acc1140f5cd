import type { PluginPlan } from './plugin-plan';

/** What to do after generation, printed once the files are written (and installed). */
export function nextSteps({ target, vars, source }: PluginPlan, installed: boolean): string {
  const { name, pluginId } = vars;
  const edit = source
    ? `adapt the copy of ${source.name}: its connector, labels, icon and README still describe ${source.name}'s service`
    : `write the handlers in ${target}/src/plugin.ts and the sandbox wiring in ${target}/test/harness.ts`;
  return [
    `Created ${target}/ (${vars.resourceType}, ${pluginId}).`,
    'Next:',
    ...(installed
      ? []
      : [
          '  npm install --no-audit --no-fund   # links the new workspace, updates package-lock.json',
          `  npm run docs ${name}                # fills the reference section of its README`,
        ]),
    `  ${edit}`,
    `  npx nx run-many -t lint,typecheck,test -p ${name}`,
    `  npm run docs ${name}   # again whenever plugin.yaml, the schemas or init change (CI runs docs:check)`,
    `  docker build -f docker/Dockerfile --build-arg PLUGIN=${name} --build-arg VERSION=0.1.0 -t cloudforet/${pluginId}:0.1.0 .`,
  ].join('\n');
}
