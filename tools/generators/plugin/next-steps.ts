import type { CopyReport } from './copy-plugin';
import type { PluginPlan } from './plugin-plan';

/** What to do after generation, printed once the files are written (and installed). */
export function nextSteps({ target, vars, source }: PluginPlan, installed: boolean, copy?: CopyReport): string {
  const { name, pluginId } = vars;
  const lines = [
    `Created ${target}/ (${vars.resourceType}, ${pluginId}, local port ${vars.localPort})${source ? `, a copy of ${source.name}` : ''}.`,
  ];
  if (copy) {
    const width = Math.max(...copy.todos.map((t) => t.file.length));
    lines.push(
      'Still to change (marked TODO(copy); `npm run docs:check` lists what is left):',
      ...copy.todos.map((t) => `  ${t.file.padEnd(width)}  ${t.what}`),
    );
    if (copy.envRename)
      lines.push(
        `  environment variables, renamed ${copy.envRename.from} -> ${copy.envRename.to}: ${copy.envVars.join(', ')} (their defaults in src/ still point at ${source?.name}'s service)`,
      );
    if (copy.keptDependencies.length)
      lines.push(
        `  dependencies kept for the copied connector: ${copy.keptDependencies.join(', ')} (remove them from package.json once it is replaced)`,
      );
  }
  lines.push(
    'Next:',
    ...(installed
      ? []
      : [
          '  npm install --no-audit --no-fund   # links the new workspace, updates package-lock.json',
          `  npm run docs ${name}                # fills the reference section of its README`,
        ]),
    ...(source
      ? []
      : [`  write the handlers in ${target}/src/plugin.ts and the sandbox wiring in ${target}/test/harness.ts`]),
    `  npx nx run-many -t lint,typecheck,test -p ${name}`,
    `  npm run docs ${name}   # again whenever plugin.yaml, the schemas or init change (CI runs docs:check)`,
    `  npx nx run ${name}:image   # buildah: builds and checks the image (local stand-in bases without registry access)`,
    `  docker build -f docker/Dockerfile --build-arg PLUGIN=${name} --build-arg VERSION=0.1.0 -t cloudforet/${pluginId}:0.1.0 .`,
  );
  return lines.join('\n');
}
