import { code } from './markdown-table';
import { findSchemas } from './metadata-schemas';
import type { InitAnswer, PluginDocs } from './plugin-docs';
import { fieldTable } from './schema-tables';
import { sortedJson } from './sorted-json';

/** One subsection per documented options object: the init response, then every schema in its metadata as a table. */
export function initSection(docs: PluginDocs): string {
  const method = `${docs.initService}.init`;
  return [
    `### What ${code(method)} answers`,
    `One call per example of the options schema (or \`{}\`), made the way the core makes it.`,
    ...docs.inits.flatMap((answer) => answerBlock(docs, method, answer)),
  ].join('\n\n');
}

function answerBlock(docs: PluginDocs, method: string, answer: InitAnswer): string[] {
  const protocol = docs.manifest.resource_type === 'notification.Protocol';
  const metadata = (answer.response.metadata ?? {}) as Record<string, unknown>;
  const schemas = findSchemas(metadata, 'metadata');
  const blocks = [
    `#### options ${code(JSON.stringify(answer.options))}`,
    '```json\n' + sortedJson(answer.response) + '\n```',
  ];
  if (protocol && metadata.data_type !== undefined) blocks.push(`\`data_type\`: ${code(String(metadata.data_type))}`);
  if (!schemas.length) blocks.push(`No JSON Schema in the ${code(method)} metadata.`);
  for (const found of schemas) {
    const label = protocol && found.path === 'metadata.data.schema' ? 'channel_data' : 'schema';
    blocks.push(`${label} (${code(found.path)}):`, fieldTable(found.schema));
  }
  return blocks;
}
