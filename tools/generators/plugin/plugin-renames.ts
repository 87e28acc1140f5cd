/** Replaces every occurrence of the old plugin's names by the new one's, in any text. */
export function renamePlugin(text: string, oldName: string, newName: string): string {
  // `@cloudforet/plugin-<name>`, `plugin-<name>`, `<org>/plugin-<name>` and `plugins/<name>` all contain
  // the folder name, so one replacement renames every form and keeps the org of an image.
  return text.split(oldName).join(newName);
}

import { titleOf } from './plugin-name';

/** A title for the copy: the old display name with the provider words swapped, else one from the name. */
export function copiedTitle(oldTitle: string, oldProviderPart: string, newProviderPart: string, fallback: string) {
  const oldWords = titleOf(oldProviderPart);
  return oldWords && oldTitle.includes(oldWords) ? oldTitle.split(oldWords).join(titleOf(newProviderPart)) : fallback;
}
