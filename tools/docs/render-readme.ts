import type { Options } from 'prettier';
import { replaceGenerated } from './docs-markers';
import { renderDocsSection } from './docs-section';
import { formatMarkdown } from './format-markdown';
import type { PluginDocs } from './plugin-docs';

/** The README as it should be: `current` with a freshly generated, prettier-formatted section. */
export async function renderReadme(current: string, docs: PluginDocs, options: Options): Promise<string> {
  const section = await formatMarkdown(renderDocsSection(docs), options);
  return replaceGenerated(current, section);
}
