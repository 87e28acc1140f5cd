// A copy keeps the source's code, not its claims: what it says about itself is reset to placeholders
// marked TODO(copy), which `npm run docs:check` reports until they are edited.
import type { CopySource } from './copy-source';
import { setYamlLine } from './manifest-edits';
import type { TemplateVars } from './template-vars';

export const COPY_TODO = 'TODO(copy)';

/** The copy's README: what it is, one line on where it was copied from, and what is left to do. */
export function placeholderReadme(vars: TemplateVars, source: CopySource, connector: string | undefined): string {
  const kindPage = `../../docs/kinds/${vars.kind}.md`;
  return `# ${vars.name}

${COPY_TODO}: what this plugin does, in a sentence or two (a Cloudforet \`${vars.resourceType}\` plugin).

Copied from \`${source.name}\`${connector ? `; until \`${connector}\` is replaced it still talks to that plugin's service` : ''}.

|             |                                                                                      |
| ----------- | ------------------------------------------------------------------------------------ |
| image       | \`cloudforet/${vars.pluginId}\`                                                       |
| kind        | \`${vars.resourceType}\` ([what the core calls](${kindPage}))                         |
| run locally | \`npm start ${vars.name}\` (against the sandbox), then \`npm run demo ${vars.name}\`  |
| test        | \`npx jest --selectProjects ${vars.name}\`                                            |
| build image | \`npx nx run ${vars.name}:image\` (buildah), or the \`docker build\` command below    |

<!-- generated:docs:start -->
<!-- generated:docs:end -->
`;
}

/** Replaces a key and its folded/literal block (the lines indented under it) with one `key: value` line. */
function setYamlBlock(text: string, key: string, value: string, indent: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${indent}${key}:`));
  if (at < 0) return text;
  let end = at + 1;
  while (end < lines.length && lines[end].startsWith(`${indent}  `)) end++;
  lines.splice(at, end - at, `${indent}${key}: ${JSON.stringify(value)}`);
  return lines.join('\n');
}

/** plugin.yaml of a copy: description, long description, labels and icon no longer describe the source. */
export function placeholderManifest(text: string, vars: TemplateVars): string {
  let yaml = setYamlLine(text, 'description', `${COPY_TODO}: ${vars.title}, in one line`, '  ');
  yaml = setYamlBlock(yaml, 'long_description', `${COPY_TODO}: what ${vars.title} does, for the console`, '  ');
  yaml = yaml.replace(
    /^labels:.*$/m,
    `# ${COPY_TODO}: labels the console filters by, e.g. [Notification, ${vars.title.split(' ')[0]}]\nlabels: []`,
  );
  yaml = yaml.replace(/^ {2}icon:.*$/m, `  # ${COPY_TODO}: icon: https://... (the image the console shows)`);
  return yaml;
}

/** The header marking the copied connector as the part to replace. */
export function connectorTodo(source: CopySource, title: string): string {
  return (
    `// ${COPY_TODO}: this connector is ${source.name}'s, copied as it was: it still talks to that service.\n` +
    `// Replace it with a client of ${title}'s API; the rest of the plugin calls it through this file.\n`
  );
}
